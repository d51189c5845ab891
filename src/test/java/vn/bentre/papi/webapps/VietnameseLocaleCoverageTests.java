package vn.bentre.papi.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each app's {@code vi.json} against the {@code en.json} that the Camunda webjar on the classpath
 * ships, so that upgrading Camunda fails here for every label the Vietnamese files lack.
 */
class VietnameseLocaleCoverageTests {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    /** HTML that Camunda's labels carry; "<null>" or "<Operation>" are text, translated like any other. */
    private static final Pattern TAG = Pattern.compile("</?\\s*(a|strong|br|em|b|i|code|span|p|ul|li)\\b");
    /** English grammar with no Vietnamese counterpart, so its label is empty: the plural suffix "s". */
    private static final Set<String> MAY_BE_EMPTY = Set.of("s");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void shouldTranslateEveryKeyCamundaShips(String app) throws IOException {
        JsonNode english = read(app, "en", "camunda-webapp-webjar");
        JsonNode vietnamese = read(app, "vi", null);

        List<String> missing = new ArrayList<>();
        collectMissing("", english, vietnamese, missing);
        assertThat(missing).as("keys of Camunda's %s en.json without a Vietnamese label", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void shouldKeepPlaceholdersAndMarkupOfEveryLabel(String app) throws IOException {
        JsonNode english = read(app, "en", "camunda-webapp-webjar").get("labels");
        JsonNode vietnamese = read(app, "vi", null).get("labels");

        Map<String, String> broken = new TreeMap<>();
        for (Iterator<String> keys = english.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String en = english.get(key).asText();
            String vi = vietnamese.path(key).asText("");
            if (!tokens(PLACEHOLDER, en).equals(tokens(PLACEHOLDER, vi)) || !tokens(TAG, en).equals(tokens(TAG, vi))
                    || (vi.isBlank() && !en.isBlank() && !MAY_BE_EMPTY.contains(en))) {
                broken.put(key, vi);
            }
        }
        assertThat(broken).as("Vietnamese %s labels that are empty or lost a {{placeholder}} or an HTML tag", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit"})
    void shouldWriteDatesTheVietnameseWay(String app) throws IOException {
        JsonNode dates = read(app, "vi", null).get("dateLocales");

        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
        assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("Thứ hai");
        assertThat(dates.get("months").get(0).asText()).isEqualTo("tháng 1");
    }

    private static void collectMissing(String path, JsonNode english, JsonNode vietnamese, List<String> missing) {
        if (english.isObject()) {
            for (Iterator<String> keys = english.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                JsonNode translated = vietnamese == null ? null : vietnamese.get(key);
                if (translated == null) {
                    missing.add(path + key);
                } else {
                    collectMissing(path + key + ".", english.get(key), translated, missing);
                }
            }
        } else if (english.isArray() && (vietnamese == null || vietnamese.size() != english.size())) {
            missing.add(path + "[" + english.size() + " entries]");
        }
    }

    private static List<String> tokens(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase());
        }
        found.sort(null);
        return found;
    }

    /** The one resource at that path, from the jar whose URL contains {@code jar} when given. */
    private static JsonNode read(String app, String locale, String jar) throws IOException {
        Resource[] candidates = new PathMatchingResourcePatternResolver()
            .getResources("classpath*:" + LOCALES.formatted(app, locale));
        for (Resource resource : candidates) {
            if (jar == null || resource.getURL().toString().contains(jar)) {
                try (InputStream in = resource.getInputStream()) {
                    return JSON.readTree(in);
                }
            }
        }
        throw new AssertionError("No " + LOCALES.formatted(app, locale) + (jar == null ? "" : " in " + jar));
    }
}

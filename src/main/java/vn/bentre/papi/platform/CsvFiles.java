package vn.bentre.papi.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The project's data files (organisation, catalogue, holidays): CSV with a header row, UTF-8,
 * lines starting with {@code #} are comments. Rows come back as column → value, both trimmed, so a
 * hand-edited file with stray spaces reads the same.
 */
public final class CsvFiles {

    private CsvFiles() {
    }

    /** @param location a Spring resource location: {@code classpath:…}, {@code file:…}, or a plain classpath path */
    public static List<Map<String, String>> read(String location) {
        return read(new DefaultResourceLoader().getResource(location.contains(":") ? location : "classpath:" + location));
    }

    public static List<Map<String, String>> read(Resource file) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = file.getInputStream();
             MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in)) {
            return rows.readAll().stream().map(CsvFiles::trimmed).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp dữ liệu (cannot read the data file) " + file.getDescription(), e);
        }
    }

    private static Map<String, String> trimmed(Map<String, String> row) {
        Map<String, String> clean = new LinkedHashMap<>();
        row.forEach((column, value) -> clean.put(column.strip(), value == null ? null : value.strip()));
        return clean;
    }
}

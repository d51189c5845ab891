package vn.bentre.papi.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class CalendarPropertiesTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withUserConfiguration(Config.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CalendarProperties.class)
    static class Config {
    }

    @Test
    void shouldDefaultToThreeFiveFiveAndEightWorkingDays() {
        runner.run(context -> {
            CalendarProperties properties = context.getBean(CalendarProperties.class);
            assertThat(properties.deadlines()).isEqualTo(new CalendarProperties.Deadlines(3, 5, 5, 8));
            assertThat(properties.holidaysFile().exists()).isTrue();
            assertThat(properties.holidaysFile().getFilename()).isEqualTo("holidays.csv");
            assertThat(properties.holidayCacheTtl()).isEqualTo(Duration.ofMinutes(10));
        });
        assertThat(CalendarProperties.defaults().deadlines()).isEqualTo(CalendarProperties.Deadlines.DEFAULTS);
    }

    @Test
    void shouldBindTheSettingsAndKeepDefaultsForTheOthers() {
        runner.withPropertyValues("papi.calendar.deadlines.commune=2", "papi.calendar.deadlines.province=10",
                "papi.calendar.holiday-cache-ttl=1h", "papi.calendar.holidays-file=file:/etc/papi/holidays.csv")
            .run(context -> {
                CalendarProperties properties = context.getBean(CalendarProperties.class);
                assertThat(properties.deadlines()).isEqualTo(new CalendarProperties.Deadlines(2, 5, 5, 10));
                assertThat(properties.holidayCacheTtl()).isEqualTo(Duration.ofHours(1));
                assertThat(properties.holidaysFile().getDescription()).contains("/etc/papi/holidays.csv");
            });
    }

    @Nested
    class Validation {

        @Test
        void shouldRefuseToStartWithoutAPositiveNumberOfDays() {
            runner.withPropertyValues("papi.calendar.deadlines.commune=0")
                .run(context -> assertThat(context).hasFailed());
        }

        @Test
        void shouldRefuseADistrictDeadlineNotAfterItsCommunes() {
            runner.withPropertyValues("papi.calendar.deadlines.commune=5", "papi.calendar.deadlines.district=5")
                .run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("commune < district"));
        }

        @Test
        void shouldRefuseAProvinceDeadlineNotAfterTheDepartments() {
            runner.withPropertyValues("papi.calendar.deadlines.department=8")
                .run(context -> assertThat(context).hasFailed());
        }
    }
}

package vn.bentre.papi.calendar;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the reporting calendar ({@code papi.calendar}); defaults are documented in
 * docs/calendar.md.
 *
 * @param deadlines        working days after a period's cut-off end, per reporting step
 * @param holidaysFile     the holiday data loaded into {@code cal_holiday} at every start
 * @param holidayCacheTtl  how long the working calendar trusts its copy of {@code cal_holiday}
 *                         before reading it again, so an administrator's edit reaches every node
 */
@Validated
@ConfigurationProperties("papi.calendar")
public record CalendarProperties(
        @Valid @DefaultValue Deadlines deadlines,
        @NotNull @DefaultValue(DEFAULT_HOLIDAYS_FILE) Resource holidaysFile,
        @NotNull @DefaultValue("10m") Duration holidayCacheTtl) {

    static final String DEFAULT_HOLIDAYS_FILE = "classpath:calendar/holidays.csv";

    public CalendarProperties {
        deadlines = deadlines == null ? Deadlines.DEFAULTS : deadlines;
        holidaysFile = holidaysFile == null ? new DefaultResourceLoader().getResource(DEFAULT_HOLIDAYS_FILE) : holidaysFile;
        holidayCacheTtl = holidayCacheTtl == null ? Duration.ofMinutes(10) : holidayCacheTtl;
    }

    /** The documented defaults, for code that builds the calendar without Spring (tests). */
    public static CalendarProperties defaults() {
        return new CalendarProperties(null, null, null);
    }

    /**
     * Working days after the cut-off end by which each step's report is due.
     *
     * @param commune    commune → district People's Committee (through Phòng Nội vụ); default 3
     * @param district   district → province (through Sở Nội vụ); default 5
     * @param department department → province (through Sở Nội vụ); default 5
     * @param province   Sở Nội vụ's consolidated report → UBND tỉnh; default 8
     */
    public record Deadlines(
            @Positive @DefaultValue("3") int commune,
            @Positive @DefaultValue("5") int district,
            @Positive @DefaultValue("5") int department,
            @Positive @DefaultValue("8") int province) {

        public static final Deadlines DEFAULTS = new Deadlines(3, 5, 5, 8);

        public int workingDays(ReportingLevel level) {
            return switch (level) {
                case COMMUNE -> commune;
                case DISTRICT -> district;
                case DEPARTMENT -> department;
                case PROVINCE -> province;
            };
        }

        /** A district consolidates its communes' reports, Sở Nội vụ everybody's: each needs them first. */
        @AssertTrue(message = "Hạn báo cáo phải tăng dần: xã < huyện, huyện và sở < tỉnh "
            + "(deadlines must grow up the hierarchy: commune < district, district and department < province)")
        public boolean isOrdered() {
            return commune < district && district < province && department < province;
        }
    }
}

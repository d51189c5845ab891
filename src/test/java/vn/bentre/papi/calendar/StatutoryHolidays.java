package vn.bentre.papi.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules that generated {@code calendar/holidays.csv}: public holidays of the Labour Code in
 * force and the compensatory days it grants, for officials whose weekly rest days are Saturday
 * and Sunday (Decision 188/1999/QĐ-TTg).
 * <ul>
 * <li>2012 Labour Code (Art. 115, in force until 31/12/2020): Tết Dương lịch 1/1; Tết Nguyên
 * đán 5 days; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 — one day.</li>
 * <li>2019 Labour Code (Art. 112, from 1/1/2021): the same, but Quốc khánh is 2 days: 2/9 and
 * 1/9 or 3/9 as the Prime Minister decides each year.</li>
 * <li>Tết: the legal minimum of 5 days, taken as the last day of the lunar year and mùng 1–4
 * (of the two customary splits, 1 + 4 or 2 + 3, the one that starts latest). Longer breaks that
 * the Prime Minister decided for particular years (with swapped working Saturdays) are not
 * generated: an administrator adds them as {@code NGHI_HOAN_DOI} and {@code LAM_BU} rows.</li>
 * <li>The day beside 2/9: the weekday that joins the break to a weekend, as decided for
 * 2021–2025 (3/9/2021 Fri, 1/9/2022 Thu, 1/9/2023 Fri, 3/9/2024 Tue, 1/9/2025 Mon); 1/9 when
 * 2/9 is a Wednesday.</li>
 * <li>Compensatory day (nghỉ bù, 2012 code Art. 115.3, 2019 code Art. 111.3): a holiday on a
 * Saturday or Sunday gives the next day that is neither a weekend, a holiday nor already a
 * compensatory day.</li>
 * </ul>
 */
final class StatutoryHolidays {

    /** 2019 Labour Code (Law 45/2019/QH14) in force. */
    static final int LABOUR_CODE_2019_FROM = 2021;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private StatutoryHolidays() {
    }

    /** Every day off of the solar year, by date. */
    static List<Holiday> of(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        add(days, new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", HolidayKind.LE));
        LocalDate tet = LunarCalendar.tet(year);
        add(days, new Holiday(tet.minusDays(1), "Tết Nguyên đán: ngày cuối năm " + LunarCalendar.canChi(year - 1), HolidayKind.LE));
        for (int i = 0; i <= 3; i++) {
            add(days, new Holiday(tet.plusDays(i), "Tết Nguyên đán " + LunarCalendar.canChi(year) + ": mùng " + (i + 1), HolidayKind.LE));
        }
        add(days, new Holiday(LunarCalendar.toSolar(10, 3, year, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", HolidayKind.LE));
        add(days, new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)", HolidayKind.LE));
        add(days, new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)", HolidayKind.LE));
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        add(days, new Holiday(nationalDay, "Quốc khánh (2/9)", HolidayKind.LE));
        if (year >= LABOUR_CODE_2019_FROM) {
            add(days, new Holiday(nationalDayNeighbour(nationalDay), "Quốc khánh: ngày liền kề 2/9", HolidayKind.LE));
        }
        for (Holiday holiday : List.copyOf(days.values())) {
            if (isWeekend(holiday.date())) {
                LocalDate off = holiday.date().plusDays(1);
                while (isWeekend(off) || days.containsKey(off)) {
                    off = off.plusDays(1);
                }
                add(days, new Holiday(off, "Nghỉ bù " + holiday.name() + " trùng "
                    + weekendName(holiday.date()) + " " + holiday.date().format(DAY_MONTH), HolidayKind.NGHI_BU));
            }
        }
        return new ArrayList<>(days.values());
    }

    /** Every day off of the years, by date. */
    static List<Holiday> between(int firstYear, int lastYear) {
        List<Holiday> all = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            all.addAll(of(year));
        }
        all.sort(Comparator.comparing(Holiday::date));
        return all;
    }

    /** 1/9 or 3/9: a weekday, and of two weekdays the one beside a weekend; 1/9 when neither is. */
    static LocalDate nationalDayNeighbour(LocalDate nationalDay) {
        LocalDate before = nationalDay.minusDays(1);
        LocalDate after = nationalDay.plusDays(1);
        if (isWeekend(before)) {
            return after;
        }
        if (isWeekend(after) || before.getDayOfWeek() == DayOfWeek.MONDAY) {
            return before;
        }
        return after.getDayOfWeek() == DayOfWeek.FRIDAY ? after : before;
    }

    private static void add(Map<LocalDate, Holiday> days, Holiday holiday) {
        Holiday clash = days.putIfAbsent(holiday.date(), holiday);
        if (clash != null) {
            // No year from 2015 to 2030 has one; the law says nothing for it, so a person must decide.
            throw new IllegalStateException(holiday.name() + " trùng " + clash.name() + " ngày " + holiday.date());
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String weekendName(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY ? "thứ Bảy" : "Chủ nhật";
    }
}

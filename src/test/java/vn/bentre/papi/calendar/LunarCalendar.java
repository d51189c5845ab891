package vn.bentre.papi.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunar calendar after Hồ Ngọc Đức's algorithm ("Âm lịch Việt Nam",
 * https://www.informatik.uni-leipzig.de/~duc/amlich/), computed for UTC+7 as Vietnam has used
 * since 1968. New moons and solar terms come from the astronomical series in Jean Meeus,
 * "Astronomical Algorithms"; the winter solstice falls in month 11, and in a year of 13 months
 * the first month without a major solar term is the leap month.
 * <p>
 * Only what generating the holiday file needs: a lunar date to its solar date. Test code: the
 * holiday table, not this class, is what the application reads.
 */
final class LunarCalendar {

    /** Hours east of UTC: lunar months start at the new moon as seen from Hà Nội. */
    private static final double TIME_ZONE = 7.0;
    /** Julian Day Number of 1970-01-01, to convert {@link LocalDate#toEpochDay()}. */
    private static final long JDN_OF_EPOCH_DAY_0 = 2_440_588;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private LunarCalendar() {
    }

    /**
     * The solar date of a lunar date.
     *
     * @param leap whether the month is the leap (nhuận) month of that number
     * @throws IllegalArgumentException when that lunar year has no such leap month
     */
    static LocalDate toSolar(int lunarDay, int lunarMonth, int lunarYear, boolean leap) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = lunarMonth11(lunarYear - 1);
            b11 = lunarMonth11(lunarYear);
        } else {
            a11 = lunarMonth11(lunarYear);
            b11 = lunarMonth11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = lunarMonth - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (leap && lunarMonth != leapMonth) {
                throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng " + lunarMonth + " nhuận");
            }
            if (leap || offset >= leapOffset) {
                offset++;
            }
        } else if (leap) {
            throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng nhuận");
        }
        long monthStart = newMoonDay(k + offset);
        return fromJdn(monthStart + lunarDay - 1);
    }

    /** Mùng 1 Tết: the first day of the lunar year that starts in the given solar year. */
    static LocalDate tet(int year) {
        return toSolar(1, 1, year, false);
    }

    /** The Can Chi name of a lunar year, e.g. 2016 → "Bính Thân". */
    static String canChi(int lunarYear) {
        String[] stems = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
        String[] branches = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
        return stems[Math.floorMod(lunarYear + 6, 10)] + " " + branches[Math.floorMod(lunarYear + 8, 12)];
    }

    /** Day number (JDN, local midnight) of the k-th new moon after 1900-01-01. */
    private static long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
    }

    /** Julian day (UT) of the k-th new moon after 1900-01-01 (Meeus, ch. 49 abridged). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // Sun's mean anomaly
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // Moon's mean anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // Moon's argument of latitude
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** Which 30° sector (0–11) the Sun's longitude is in at local midnight starting the day. */
    private static int sunSector(long dayNumber) {
        double t = (dayNumber - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525; // centuries since J2000
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** Day number of the start of lunar month 11 (the month of the winter solstice) of the year. */
    private static long lunarMonth11(int year) {
        long off = toJdn(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Months after month 11 until the leap month: the first month whose start sees no new solar term. */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    private static long toJdn(LocalDate date) {
        return date.toEpochDay() + JDN_OF_EPOCH_DAY_0;
    }

    private static LocalDate fromJdn(long jdn) {
        return LocalDate.ofEpochDay(jdn - JDN_OF_EPOCH_DAY_0);
    }
}

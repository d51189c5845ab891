package vn.bentre.papi.reporting;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.calendar.ReportingLevel;
import vn.bentre.papi.calendar.ReportingPeriod;
import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

/**
 * Opening a period: the cycle row (its primary key, the period, refuses a second opening even
 * when two openings race), every expected report and every consolidation, all in the engine's
 * transaction. Knowing every expected report from the start is what lets a consolidation list who
 * has not reported.
 */
@Service
class ReportingCycles {

    static final String HOME_AFFAIRS = "so-noi-vu";
    static final String OFFICE_SUFFIX = "-phong-noi-vu";

    private final CycleRepository cycles;
    private final ReportRepository reports;
    private final ConsolidationRepository consolidations;
    private final CycleDeadlines deadlines;
    private final Organisation organisation;
    private final ReportingProperties properties;

    ReportingCycles(CycleRepository cycles, ReportRepository reports, ConsolidationRepository consolidations,
            CycleDeadlines deadlines, Organisation organisation, ReportingProperties properties) {
        this.cycles = cycles;
        this.reports = reports;
        this.consolidations = consolidations;
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.properties = properties;
    }

    boolean isOpened(ReportingPeriod period) {
        return cycles.exists(period.code());
    }

    /**
     * @param pilotUnitIds departments and districts to ask (a pilot), or empty for all of them but
     *                     {@code papi.reporting.excluded-units}
     */
    OpenedCycle open(ReportingPeriod period, String processInstanceId, String userId, boolean automatic,
            List<String> pilotUnitIds) {
        if (isOpened(period)) {
            throw alreadyOpened(period, cycles.find(period.code()).map(c -> " ngày " + ReportVariables.day(c.openedAt())).orElse(""));
        }
        Date now = ClockUtil.getCurrentTime();
        CycleDeadlines.Deadlines due = deadlines.of(period, DueDates.toLocalDate(now));
        List<Unit> provincial = provincialUnits(pilotUnitIds);
        String cycleId = period.code();
        try {
            cycles.insert(new Cycle(cycleId, period.type(), period.year(), processInstanceId, userId, automatic, now,
                due.commune(), due.district(), due.department(), due.province(), Cycle.OPEN, null, null, null, null, null));
        } catch (DuplicateKeyException raced) {
            // Opened by another transaction a moment ago; on PostgreSQL this one can run no more statements.
            throw alreadyOpened(period, "");
        }
        String provinceConsolidation = Consolidation.id(cycleId, Consolidation.PROVINCE_SCOPE);
        consolidations.insert(cycleId, Consolidation.Level.PROVINCE, Consolidation.PROVINCE_SCOPE, HOME_AFFAIRS,
            due.provincialCollection(), due.province());
        consolidations.attachProcess(provinceConsolidation, processInstanceId);
        List<String> departments = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        for (Unit unit : provincial) {
            ReportingLevel level = unit.level() == UnitLevel.DISTRICT ? ReportingLevel.DISTRICT : ReportingLevel.DEPARTMENT;
            reports.insertExpected(cycleId, unit.id(), level, provinceConsolidation, unit.reviewerId(), due.of(level));
            if (level == ReportingLevel.DEPARTMENT) {
                departments.add(unit.id());
                continue;
            }
            districts.add(unit.id());
            consolidations.insert(cycleId, Consolidation.Level.DISTRICT, unit.id(), unit.id() + OFFICE_SUFFIX,
                due.commune(), due.district());
            for (Unit commune : organisation.units(UnitLevel.COMMUNE, unit.id())) {
                reports.insertExpected(cycleId, commune.id(), ReportingLevel.COMMUNE, Consolidation.id(cycleId, unit.id()),
                    commune.reviewerId(), due.commune());
            }
        }
        return new OpenedCycle(cycleId, provinceConsolidation, due, departments, districts);
    }

    private List<Unit> provincialUnits(List<String> pilotUnitIds) {
        if (pilotUnitIds.isEmpty()) {
            List<Unit> units = new ArrayList<>(organisation.units(UnitLevel.DEPARTMENT, null));
            units.removeIf(unit -> properties.excludedUnits().contains(unit.id()));
            units.addAll(organisation.units(UnitLevel.DISTRICT, null));
            return units;
        }
        List<Unit> units = new ArrayList<>();
        for (String id : pilotUnitIds) {
            Unit unit = organisation.requireUnit(id);
            if (unit.level() != UnitLevel.DEPARTMENT && unit.level() != UnitLevel.DISTRICT) {
                throw new ReportInputException("Đơn vị '" + id + "' không báo cáo trực tiếp lên UBND tỉnh; chỉ chọn sở, ngành "
                    + "hoặc UBND huyện, thành phố (các xã, phường, thị trấn theo huyện của mình)");
            }
            if (units.contains(unit)) {
                throw new ReportInputException("Đơn vị '" + id + "' được chọn hai lần");
            }
            units.add(unit);
        }
        return units;
    }

    private static ReportInputException alreadyOpened(ReportingPeriod period, String when) {
        return new ReportInputException("Kỳ báo cáo " + period.label() + " đã được mở" + when
            + "; mỗi kỳ chỉ mở một lần (reporting period " + period.code() + " is already open)");
    }

    record OpenedCycle(String cycleId, String consolidationId, CycleDeadlines.Deadlines deadlines, List<String> departmentIds,
            List<String> districtIds) {
    }
}

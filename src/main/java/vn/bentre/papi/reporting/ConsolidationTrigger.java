package vn.bentre.papi.reporting;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.bentre.papi.notification.Audience;
import vn.bentre.papi.notification.Notifications;
import vn.bentre.papi.notification.UnitNotification;
import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;

/**
 * What an accepted report (or a completed district consolidation) means for the consolidation it
 * belongs to. Still awaited and now the last one missing: the consolidation starts early (a message
 * to its process). Already completed: the report is an addendum, and the consolidating unit is told.
 * Called from asynchronous steps only, never from an official's transaction: messaging the
 * consolidating process may conflict with another report and is then retried as a job.
 */
@Service
class ConsolidationTrigger {

    private static final Logger log = LoggerFactory.getLogger(ConsolidationTrigger.class);

    private final ReportRepository reports;
    private final ConsolidationRepository consolidations;
    private final CycleRepository cycles;
    private final Organisation organisation;
    private final Notifications notifications;
    private final RuntimeService runtime;

    ConsolidationTrigger(ReportRepository reports, ConsolidationRepository consolidations, CycleRepository cycles,
            Organisation organisation, Notifications notifications, RuntimeService runtime) {
        this.reports = reports;
        this.consolidations = consolidations;
        this.cycles = cycles;
        this.organisation = organisation;
        this.notifications = notifications;
        this.runtime = runtime;
    }

    void reportAccepted(String reportId) {
        UnitReport report = reports.find(reportId).orElseThrow(() -> new IllegalStateException("No report " + reportId));
        Consolidation consolidation = consolidations.lock(report.consolidationId()).orElseThrow();
        if (!consolidation.done()) {
            startIfComplete(consolidation);
            return;
        }
        if (consolidations.included(consolidation.id(), report.unitId())) {
            return;
        }
        Date now = ClockUtil.getCurrentTime();
        reports.markAddendum(reportId, now);
        String unitName = name(report.unitId());
        String period = cycles.find(report.cycleId()).orElseThrow().period().label();
        notifications.notifyUnit(new UnitNotification("report:" + reportId + ":ADDENDUM", consolidation.consolidatorId(),
            Audience.OFFICIALS, "Báo cáo bổ sung của " + unitName + " – " + period,
            unitName + " gửi báo cáo " + period + " sau khi đã tổng hợp (nộp "
                + (Boolean.TRUE.equals(report.onTime()) ? "đúng hạn" : "muộn") + ", được chấp nhận ngày "
                + ReportVariables.dayTime(now) + "). Báo cáo được bổ sung vào báo cáo tổng hợp dưới dạng phụ lục.",
            report.processInstanceId()));
        log.info("Báo cáo {} được bổ sung vào tổng hợp {} đã hoàn thành", reportId, consolidation.id());
    }

    void districtConsolidated(String districtConsolidationId) {
        Consolidation district = consolidations.find(districtConsolidationId).orElseThrow();
        Consolidation province = consolidations.lock(Consolidation.id(district.cycleId(), Consolidation.PROVINCE_SCOPE)).orElseThrow();
        if (!province.done()) {
            startIfComplete(province);
            return;
        }
        String period = cycles.find(district.cycleId()).orElseThrow().period().label();
        String consolidator = name(district.consolidatorId());
        notifications.notifyUnit(new UnitNotification("consolidation:" + district.id() + ":ADDENDUM", province.consolidatorId(),
            Audience.OFFICIALS, "Báo cáo tổng hợp bổ sung của " + name(district.scopeUnitId()) + " – " + period,
            consolidator + " hoàn thành tổng hợp " + period + " sau khi Sở Nội vụ đã tổng hợp toàn tỉnh. "
                + "Báo cáo được bổ sung vào báo cáo tổng hợp dưới dạng phụ lục.", district.processInstanceId()));
    }

    /** Every awaited report accepted (and, for the province, every district consolidated)? Then go ahead now. */
    private void startIfComplete(Consolidation consolidation) {
        if (!Consolidation.WAITING.equals(consolidation.status()) || consolidation.processInstanceId() == null
                || !complete(consolidation)) {
            return;
        }
        log.info("Đủ báo cáo cho tổng hợp {}: bắt đầu tổng hợp trước hạn", consolidation.id());
        runtime.createMessageCorrelation(consolidation.completeMessage())
            .processInstanceId(consolidation.processInstanceId()).correlateAll();
    }

    private boolean complete(Consolidation consolidation) {
        if (!reports.ofConsolidation(consolidation.id()).stream().allMatch(UnitReport::accepted)) {
            return false;
        }
        List<Consolidation> districts = consolidation.level() == Consolidation.Level.DISTRICT ? List.of()
            : consolidations.ofCycle(consolidation.cycleId()).stream().filter(c -> c.level() == Consolidation.Level.DISTRICT).toList();
        return districts.stream().allMatch(Consolidation::done);
    }

    private String name(String unitId) {
        return organisation.unit(unitId).map(Unit::name).orElse(unitId);
    }
}

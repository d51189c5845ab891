package vn.bentre.papi.reporting;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * After {@code reviewUnitReport}: the reviewer (a district's Phòng Nội vụ for a commune, Sở Nội vụ
 * for districts and departments) accepts the report or returns it with a reason the unit will see.
 * Accepting publishes {@link ObstaclesReported} when the report lists obstacles.
 * In: {@code reviewDecision} ACCEPT|RETURN, {@code reviewReason}.
 */
@Component("recordReportReview")
class RecordReportReviewDelegate implements JavaDelegate {

    static final String ACCEPT = "ACCEPT";
    static final String RETURN = "RETURN";

    private final ReportRepository reports;
    private final ApplicationEventPublisher events;

    RecordReportReviewDelegate(ReportRepository reports, ApplicationEventPublisher events) {
        this.reports = reports;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ReportVariables.requiredText(execution, "reviewDecision", "kết quả xem xét");
        String reportId = (String) execution.getVariable("reportId");
        int round = (Integer) execution.getVariable("reportRound");
        Date now = ClockUtil.getCurrentTime();
        if (ACCEPT.equals(decision)) {
            reports.recordDecision(reportId, round, "REVIEW", ACCEPT, ReportVariables.text(execution, "reviewReason"),
                CurrentUser.of(execution), now, ReportStatus.ACCEPTED);
            reports.accept(reportId, now);
            List<ObstaclesReported.Obstacle> obstacles = reports.obstacles(reportId);
            if (!obstacles.isEmpty()) {
                events.publishEvent(new ObstaclesReported(reportId, (String) execution.getVariable("unitId"), obstacles));
            }
        } else if (RETURN.equals(decision)) {
            String reason = ReportVariables.requiredText(execution, "reviewReason", "lý do trả lại");
            reports.recordDecision(reportId, round, "REVIEW", RETURN, reason, CurrentUser.of(execution), now, ReportStatus.RETURNED);
            execution.setVariable("reportReturnReason", execution.getVariable("reviewerName") + " trả lại: " + reason);
            execution.setVariable("reportRound", round + 1);
        } else {
            throw new ReportInputException("Kết quả xem xét phải là ACCEPT hoặc RETURN, không phải '" + decision + "'");
        }
    }
}

package vn.bentre.papi.assessment;

import java.util.Date;
import java.util.List;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.platform.FormRows;
import vn.bentre.papi.platform.JsonVariables;

/**
 * After {@code proposeCorrectiveMeasures} (one per lead unit of a missed dimension): checks the
 * unit's proposals again on the server and records them in the unit's own transaction, before the
 * asynchronous continuation joins the loop. In (local to the unit's round): {@code proposedMeasures},
 * {@code proposalNotes}, {@code leadUnitId}; {@code dimensionId}.
 */
@Component("recordCorrectiveProposal")
class RecordCorrectiveProposalDelegate implements JavaDelegate {


    private final AssessmentRepository assessments;
    private final JsonVariables json;
    private final FormRows rows;

    RecordCorrectiveProposalDelegate(AssessmentRepository assessments, JsonVariables json, FormRows rows) {
        this.rows = rows;
        this.assessments = assessments;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<ProposedMeasureEntry> entries = rows.read(execution, "proposedMeasures", "proposedMeasure", 5, ProposedMeasureEntry.class,
            e -> e.text() != null && !e.text().isBlank());
        if (entries == null || entries.isEmpty()) {
            throw new AssessmentInputException("Cần đề xuất ít nhất một giải pháp khắc phục (proposedMeasures)");
        }
        for (int i = 0; i < entries.size(); i++) {
            String text = entries.get(i).text();
            if (text == null || text.isBlank()) {
                throw new AssessmentInputException("Dòng " + (i + 1) + ": cần ghi nội dung giải pháp");
            }
            if (text.length() > AssessmentVariables.MAX_TEXT) {
                throw new AssessmentInputException("Dòng " + (i + 1) + ": nội dung giải pháp dài quá " + AssessmentVariables.MAX_TEXT + " ký tự");
            }
        }
        String notes = AssessmentVariables.text(execution, "proposalNotes");
        String dimensionId = (String) execution.getVariable("dimensionId");
        String unitId = (String) execution.getVariable("leadUnitId");
        Date now = ClockUtil.getCurrentTime();
        String user = AssessmentVariables.currentUser();
        for (ProposedMeasureEntry entry : entries) {
            assessments.saveProposal(execution.getProcessInstanceId(), dimensionId, unitId, entry.text().trim(), notes, user, now);
        }
    }
}

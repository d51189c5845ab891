package vn.bentre.papi.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.planning.Dimension;
import vn.bentre.papi.planning.MeasureCatalogue;
import vn.bentre.papi.platform.FormRows;
import vn.bentre.papi.platform.JsonVariables;

/**
 * Start of {@code papi-annual-assessment}: checks the year and prepares the results form with the
 * dimensions PAPI assessed that year (six until 2017, eight from 2018). In: {@code assessmentYear}.
 * Out: {@code unitId} (Sở Nội vụ), {@code dimensionResults} (one line per dimension),
 * {@code dimensionOptions}, {@code provinceCount}, {@code resultsDue}; business key {@code PAPI-<year>}.
 */
@Component("prepareAssessment")
class PrepareAssessmentDelegate implements JavaDelegate {

    static final String PROCESS_KEY = "papi-annual-assessment";
    static final String OWNER_UNIT = "so-noi-vu";

    private final MeasureCatalogue catalogue;
    private final AssessmentRepository assessments;
    private final AssessmentProperties properties;
    private final AssessmentDueDates dueDates;
    private final JsonVariables json;
    private final FormRows rows;

    PrepareAssessmentDelegate(MeasureCatalogue catalogue, AssessmentRepository assessments, AssessmentProperties properties,
            AssessmentDueDates dueDates, JsonVariables json, FormRows rows) {
        this.rows = rows;
        this.catalogue = catalogue;
        this.assessments = assessments;
        this.properties = properties;
        this.dueDates = dueDates;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer year = AssessmentVariables.integer(execution, "assessmentYear", "năm của kết quả PAPI");
        if (year == null) {
            throw new AssessmentInputException("Cần nhập năm của kết quả PAPI (assessmentYear)");
        }
        List<Dimension> dimensions = catalogue.dimensions(year);
        if (dimensions.isEmpty()) {
            throw new AssessmentInputException("Năm " + year + " không có nội dung PAPI nào trong danh mục");
        }
        if (year > DueDates.today().getYear()) {
            throw new AssessmentInputException("Kết quả PAPI năm " + year + " chưa thể được công bố");
        }
        String businessKey = "PAPI-" + year;
        long running = Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
            .getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(businessKey).count());
        if (running > 0) {
            throw new AssessmentInputException("Đang có đợt đánh giá kết quả PAPI năm " + year + "; hoàn thành đợt đó trước");
        }

        execution.setProcessBusinessKey(businessKey);
        execution.setVariable("unitId", OWNER_UNIT);
        execution.setVariable("assessmentYear", year);
        rows.write(execution, "dimensionResults", "dimensionResult", 8, dimensions.stream().map(d -> Map.of("dimensionId", d.id())).toList());
        execution.setVariable("dimensionOptions", json.json(dimensions.stream().map(d -> option(d.id(), d.name())).toList()));
        if (execution.getVariable("provinceCount") == null) {
            execution.setVariable("provinceCount", properties.provinceCount());
        }
        execution.setVariable("resultsDue", dueDates.results());
        assessments.open(execution.getProcessInstanceId(), year, ClockUtil.getCurrentTime());
    }

    static Map<String, String> option(String value, String label) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("value", value);
        option.put("label", label);
        return option;
    }
}

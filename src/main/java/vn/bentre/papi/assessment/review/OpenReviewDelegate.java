package vn.bentre.papi.assessment.review;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.bentre.papi.calendar.DueDates;
import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.Unit;
import vn.bentre.papi.organisation.UnitLevel;

import vn.bentre.papi.platform.FormValues;

/**
 * Start of {@code papi-review}: checks the start form and records the review with every unit asked.
 * In: {@code reviewKind} PRELIMINARY|FINAL, {@code reviewFrom}, {@code reviewTo}, {@code reviewTitle}
 * (optional), {@code reviewUnitIds} (optional: default every department and district; communes are
 * covered by their district), {@code selfAssessmentDeadline} (optional date). Out: {@code reviewId},
 * {@code unitId} (Sở Nội vụ), {@code reviewKindLabel}, {@code reviewSpanLabel}, {@code reviewTitle},
 * {@code reviewUnitIds}, {@code selfAssessmentDeadline} (17:00 of that day), {@code selfAssessmentDeadlineText}.
 */
@Component("openReview")
class OpenReviewDelegate implements JavaDelegate {

    private final Organisation organisation;
    private final ReviewRepository reviews;
    private final ReviewProperties properties;
    private final DueDates dueDates;

    OpenReviewDelegate(Organisation organisation, ReviewRepository reviews, ReviewProperties properties, DueDates dueDates) {
        this.organisation = organisation;
        this.reviews = reviews;
        this.properties = properties;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewKind kind = ReviewKind.parse(ReviewVariables.requiredText(execution, "reviewKind", "loại đợt (sơ kết hay tổng kết)"));
        LocalDate from = required(ReviewVariables.date(execution, "reviewFrom", "Từ ngày"), "ngày bắt đầu của thời gian đánh giá", "reviewFrom");
        LocalDate to = required(ReviewVariables.date(execution, "reviewTo", "Đến ngày"), "ngày kết thúc của thời gian đánh giá", "reviewTo");
        if (!from.isBefore(to)) {
            throw new ReviewInputException("Thời gian đánh giá không hợp lệ: từ " + ReviewVariables.day(from) + " đến "
                + ReviewVariables.day(to) + " (ngày bắt đầu phải trước ngày kết thúc)");
        }
        LocalDate deadlineDay = ReviewVariables.date(execution, "selfAssessmentDeadline", "Hạn gửi báo cáo tự đánh giá");
        Date deadline = deadlineDay == null ? dueDates.workingDaysFromNow(properties.selfAssessmentWorkingDays())
            : DueDates.endOfOfficeDay(deadlineDay);
        if (!deadline.after(ClockUtil.getCurrentTime())) {
            throw new ReviewInputException("Hạn gửi báo cáo tự đánh giá " + ReviewVariables.day(deadline) + " phải sau thời điểm hiện tại");
        }
        List<String> units = units(ReviewVariables.textList(execution, "reviewUnitIds"));
        String title = ReviewVariables.text(execution, "reviewTitle");
        if (title == null) {
            title = kind.label() + " thực hiện Kế hoạch nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công (PAPI) "
                + "tỉnh Bến Tre " + "từ " + ReviewVariables.day(from) + " đến " + ReviewVariables.day(to);
        } else if (title.length() > 500) {
            throw new ReviewInputException("Tiêu đề quá dài (tối đa 500 ký tự)");
        }
        String reviewId = execution.getProcessInstanceId();
        reviews.open(reviewId, kind, title, from, to, FormValues.currentUser(), ClockUtil.getCurrentTime(),
            deadline, units);

        execution.setVariable("reviewId", reviewId);
        execution.setVariable("unitId", properties.ownerUnit());
        execution.setVariable("reviewKind", kind.name());
        execution.setVariable("reviewKindLabel", kind.label());
        execution.setVariable("reviewSpanLabel", "từ " + ReviewVariables.day(from) + " đến " + ReviewVariables.day(to));
        execution.setVariable("reviewTitle", title);
        execution.setVariable("reviewUnitIds", units);
        execution.setVariable("selfAssessmentDeadline", deadline);
        execution.setVariable("selfAssessmentDeadlineText", ReviewVariables.dayTime(deadline));
    }

    private List<String> units(List<String> requested) {
        if (requested.isEmpty()) {
            return Stream.concat(organisation.units(UnitLevel.DEPARTMENT, null).stream(),
                    organisation.units(UnitLevel.DISTRICT, null).stream())
                .map(Unit::id).filter(id -> !properties.excludedUnits().contains(id)).toList();
        }
        for (String id : requested) {
            Unit unit = organisation.unit(id).orElseThrow(() -> new ReviewInputException("Không có đơn vị '" + id + "'"));
            if (unit.level() != UnitLevel.DEPARTMENT && unit.level() != UnitLevel.DISTRICT) {
                throw new ReviewInputException("Đơn vị " + unit.name() + " (" + id + ") không tự đánh giá riêng: chỉ các sở, ngành "
                    + "và UBND huyện, thành phố gửi báo cáo tự đánh giá (cấp xã do UBND huyện tổng hợp)");
            }
        }
        return requested;
    }

    private static LocalDate required(LocalDate value, String label, String name) {
        if (value == null) {
            throw new ReviewInputException("Cần nhập " + label + " (" + name + ")");
        }
        return value;
    }
}

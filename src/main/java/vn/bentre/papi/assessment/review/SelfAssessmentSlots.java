package vn.bentre.papi.assessment.review;

/**
 * The self-assessment form's fixed fields per dimension: {@code dim1Name}, {@code dim1Done},
 * {@code dim1InProgress}, {@code dim1NotStarted}, {@code dim1Assessment} … up to {@code dim8…}, one
 * slot per PAPI dimension of the span (six until 2017, eight since 2018), empty slots hidden. Fixed
 * fields rather than a dynamic list: Tasklist 7.24 keeps Complete disabled after a dynamic list's
 * field is edited.
 */
final class SelfAssessmentSlots {

    static final int SLOTS = 8;

    private SelfAssessmentSlots() {
    }

    static String id(int slot) {
        return "dim" + slot + "Id";
    }

    static String name(int slot) {
        return "dim" + slot + "Name";
    }

    static String done(int slot) {
        return "dim" + slot + "Done";
    }

    static String inProgress(int slot) {
        return "dim" + slot + "InProgress";
    }

    static String notStarted(int slot) {
        return "dim" + slot + "NotStarted";
    }

    static String assessment(int slot) {
        return "dim" + slot + "Assessment";
    }
}

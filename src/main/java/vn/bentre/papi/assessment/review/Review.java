package vn.bentre.papi.assessment.review;

import java.time.LocalDate;
import java.util.Date;

/** One review as {@code rev_review} holds it. */
record Review(String id, ReviewKind kind, String title, LocalDate periodFrom, LocalDate periodTo, String openedBy,
        Date openedAt, Date selfAssessmentDue, String status, Date collectedAt, Boolean collectionComplete, int rounds,
        String overview, String results, String limitations, String solutions, String recipients, String documentNumber,
        SignerRole signerRole, String signerName, Date approvedAt, String publicationUrl, String publicationChannels,
        LocalDate publishedOn) {

    static final String COLLECTING = "COLLECTING";
    static final String DRAFTING = "DRAFTING";
    static final String IN_APPROVAL = "IN_APPROVAL";
    static final String RETURNED = "RETURNED";
    static final String APPROVED = "APPROVED";
    static final String PUBLISHED = "PUBLISHED";

    boolean approved() {
        return approvedAt != null;
    }

    /** "từ 13/08/2015 đến 30/06/2017". */
    String spanLabel() {
        return "từ " + ReviewVariables.day(periodFrom) + " đến " + ReviewVariables.day(periodTo);
    }

    /** Who signs for UBND tỉnh: on behalf of the committee (its chairman) or for the chairman (a vice-chairman). */
    enum SignerRole {
        CHAIRMAN("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        VICE_CHAIRMAN("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");

        private final String authority;
        private final String title;

        SignerRole(String authority, String title) {
            this.authority = authority;
            this.title = title;
        }

        String authority() {
            return authority;
        }

        String title() {
            return title;
        }
    }
}

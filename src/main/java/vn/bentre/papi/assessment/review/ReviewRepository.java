package vn.bentre.papi.assessment.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review's outcome tables ({@code rev_*}, V8__review.sql), written by the diagrams' delegates in
 * the engine's transaction and read by the report.
 */
@Repository
class ReviewRepository {

    static final String APPROVAL_STAGE = "APPROVAL";
    static final String SIGN_OFF_STAGE = "SIGN_OFF";

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(String id, ReviewKind kind, String title, LocalDate from, LocalDate to, String openedBy, Date openedAt,
            Date selfAssessmentDue, List<String> unitIds) {
        jdbc.sql("insert into rev_review (id, kind, title, period_from, period_to, opened_by, opened_at, self_assessment_due, "
                + "status, rounds) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
            .params(id, kind.name(), title, from, to, openedBy, ts(openedAt), ts(selfAssessmentDue), Review.COLLECTING).update();
        for (String unitId : unitIds) {
            jdbc.sql("insert into rev_self_assessment (review_id, unit_id, status, rounds) values (?, ?, ?, 1)")
                .params(id, unitId, SelfAssessment.PENDING).update();
        }
    }

    Optional<Review> find(String id) {
        return jdbc.sql("select * from rev_review where id = ?").param(id).query(ReviewRepository::review).optional();
    }

    Optional<SelfAssessment> selfAssessment(String reviewId, String unitId) {
        return jdbc.sql("select * from rev_self_assessment where review_id = ? and unit_id = ?").params(reviewId, unitId)
            .query(ReviewRepository::selfAssessment).optional();
    }

    List<SelfAssessment> selfAssessments(String reviewId) {
        return jdbc.sql("select * from rev_self_assessment where review_id = ? order by unit_id").param(reviewId)
            .query(ReviewRepository::selfAssessment).list();
    }

    List<DimensionAssessment> dimensions(String reviewId) {
        return jdbc.sql("select * from rev_dimension_assessment where review_id = ? order by unit_id, dimension_id")
            .param(reviewId)
            .query((rs, i) -> new DimensionAssessment(rs.getString("unit_id"), rs.getString("dimension_id"), rs.getInt("done"),
                rs.getInt("in_progress"), rs.getInt("not_started"), rs.getInt("system_done"), rs.getInt("system_in_progress"),
                rs.getInt("system_not_started"), rs.getString("assessment")))
            .list();
    }

    String evidenceJson(String reviewId, String unitId) {
        return jdbc.sql("select evidence_json from rev_self_assessment where review_id = ? and unit_id = ?")
            .params(reviewId, unitId).query(String.class).optional().orElse(null);
    }

    void startSelfAssessment(String reviewId, String unitId, String processInstanceId, String evidenceJson) {
        jdbc.sql("update rev_self_assessment set process_instance_id = ?, status = ?, evidence_json = ? "
                + "where review_id = ? and unit_id = ?")
            .params(processInstanceId, SelfAssessment.DRAFTING, evidenceJson, reviewId, unitId).update();
    }

    void submitSelfAssessment(SelfAssessment submitted, List<DimensionAssessment> dimensions, String userId, Date at) {
        jdbc.sql("""
                update rev_self_assessment set status = ?, rounds = ?, submitted_by = ?, submitted_at = ?, reports_on_time = ?,
                    reports_late = ?, reports_missing = ?, overall = ?, difficulties = ?, proposals = ?, communes_summary = ?
                where review_id = ? and unit_id = ?""")
            .params(SelfAssessment.SUBMITTED, submitted.rounds(), userId, ts(at), submitted.reportsOnTime(),
                submitted.reportsLate(), submitted.reportsMissing(), submitted.overall(), submitted.difficulties(),
                submitted.proposals(), submitted.communesSummary(), submitted.reviewId(), submitted.unitId())
            .update();
        jdbc.sql("delete from rev_dimension_assessment where review_id = ? and unit_id = ?")
            .params(submitted.reviewId(), submitted.unitId()).update();
        for (DimensionAssessment d : dimensions) {
            jdbc.sql("""
                    insert into rev_dimension_assessment (review_id, unit_id, dimension_id, done, in_progress, not_started,
                        system_done, system_in_progress, system_not_started, assessment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(submitted.reviewId(), d.unitId(), d.dimensionId(), d.done(), d.inProgress(), d.notStarted(),
                    d.systemDone(), d.systemInProgress(), d.systemNotStarted(), d.assessment())
                .update();
        }
    }

    void signSelfAssessment(String reviewId, String unitId, int round, String documentNumber, String userId, Date at) {
        decide(reviewId, unitId, SIGN_OFF_STAGE, round, "SIGN", null, userId, at);
        jdbc.sql("update rev_self_assessment set status = ?, signed_by = ?, signed_at = ?, document_number = ? "
                + "where review_id = ? and unit_id = ?")
            .params(SelfAssessment.SIGNED, userId, ts(at), documentNumber, reviewId, unitId).update();
    }

    void returnSelfAssessment(String reviewId, String unitId, int round, String reason, String userId, Date at) {
        decide(reviewId, unitId, SIGN_OFF_STAGE, round, "RETURN", reason, userId, at);
        jdbc.sql("update rev_self_assessment set status = ?, rounds = ? where review_id = ? and unit_id = ?")
            .params(SelfAssessment.RETURNED, round + 1, reviewId, unitId).update();
    }

    /** Collection is over: whoever has not sent a signed self-assessment is missing. */
    int closeCollection(String reviewId, Date at) {
        int missing = jdbc.sql("update rev_self_assessment set status = ? where review_id = ? and status <> ?")
            .params(SelfAssessment.MISSING, reviewId, SelfAssessment.SIGNED).update();
        jdbc.sql("update rev_review set status = ?, collected_at = ?, collection_complete = ? where id = ?")
            .params(Review.DRAFTING, ts(at), missing == 0, reviewId).update();
        return missing;
    }

    void saveDraft(String reviewId, int round, String overview, String results, String limitations, String solutions,
            String recipients, String userId, Date at) {
        jdbc.sql("""
                update rev_review set status = ?, rounds = ?, overview = ?, results = ?, limitations = ?, solutions = ?,
                    recipients = ?, drafted_by = ?, drafted_at = ? where id = ?""")
            .params(Review.IN_APPROVAL, round, overview, results, limitations, solutions, recipients, userId, ts(at), reviewId)
            .update();
    }

    void approve(String reviewId, int round, String documentNumber, Review.SignerRole role, String signerName, String userId,
            Date at) {
        decide(reviewId, "ubnd-tinh", APPROVAL_STAGE, round, "APPROVE", null, userId, at);
        jdbc.sql("update rev_review set status = ?, document_number = ?, signer_role = ?, signer_name = ?, approved_by = ?, "
                + "approved_at = ? where id = ?")
            .params(Review.APPROVED, documentNumber, role.name(), signerName, userId, ts(at), reviewId).update();
    }

    void returnDraft(String reviewId, int round, String reason, String userId, Date at) {
        decide(reviewId, "ubnd-tinh", APPROVAL_STAGE, round, "RETURN", reason, userId, at);
        jdbc.sql("update rev_review set status = ? where id = ?").params(Review.RETURNED, reviewId).update();
    }

    void publish(String reviewId, String url, String channels, LocalDate publishedOn, String userId, Date at) {
        jdbc.sql("update rev_review set status = ?, publication_url = ?, publication_channels = ?, published_on = ?, "
                + "published_by = ?, published_at = ? where id = ?")
            .params(Review.PUBLISHED, url, channels, publishedOn, userId, ts(at), reviewId).update();
    }

    private void decide(String reviewId, String unitId, String stage, int round, String decision, String reason,
            String userId, Date at) {
        jdbc.sql("insert into rev_decision (review_id, unit_id, stage, round, decision, reason, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
            .params(reviewId, unitId, stage, round, decision, reason, userId, ts(at)).update();
    }

    private static Review review(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("signer_role");
        return new Review(rs.getString("id"), ReviewKind.valueOf(rs.getString("kind")), rs.getString("title"),
            rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(), rs.getString("opened_by"),
            rs.getTimestamp("opened_at"), rs.getTimestamp("self_assessment_due"), rs.getString("status"),
            rs.getTimestamp("collected_at"), (Boolean) rs.getObject("collection_complete"), rs.getInt("rounds"),
            rs.getString("overview"), rs.getString("results"), rs.getString("limitations"), rs.getString("solutions"),
            rs.getString("recipients"), rs.getString("document_number"), role == null ? null : Review.SignerRole.valueOf(role),
            rs.getString("signer_name"), rs.getTimestamp("approved_at"), rs.getString("publication_url"),
            rs.getString("publication_channels"),
            rs.getDate("published_on") == null ? null : rs.getDate("published_on").toLocalDate());
    }

    private static SelfAssessment selfAssessment(ResultSet rs, int row) throws SQLException {
        return new SelfAssessment(rs.getString("review_id"), rs.getString("unit_id"), rs.getString("process_instance_id"),
            rs.getString("status"), rs.getInt("rounds"), rs.getTimestamp("submitted_at"), rs.getTimestamp("signed_at"),
            rs.getString("document_number"), (Integer) rs.getObject("reports_on_time"), (Integer) rs.getObject("reports_late"),
            (Integer) rs.getObject("reports_missing"), rs.getString("overall"), rs.getString("difficulties"),
            rs.getString("proposals"), rs.getString("communes_summary"));
    }

    private static Timestamp ts(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}

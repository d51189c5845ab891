package vn.bentre.papi.assessment.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.bentre.papi.organisation.OrganisationProperties;

/**
 * Who may download review reports: administrators, the officials and leaders of the supervisor
 * units ({@code papi.organisation.supervisor-units}: Sở Nội vụ, UBND tỉnh) and of
 * {@code papi.review.report-readers} (Sở TT&amp;TT, which publishes them). The user is the one
 * {@code ApiAuthenticationFilter} authenticated for this request.
 */
@Component
class ReviewAccess {

    private static final String LEADERS_SUFFIX = "-lanh-dao";

    private final IdentityService identity;
    private final Set<String> readerGroups = new HashSet<>();

    ReviewAccess(IdentityService identity, OrganisationProperties organisation, ReviewProperties review) {
        this.identity = identity;
        readerGroups.add(Groups.CAMUNDA_ADMIN);
        for (String unit : concat(organisation.supervisorUnits(), review.reportReaders())) {
            readerGroups.add(unit);
            readerGroups.add(unit + LEADERS_SUFFIX);
        }
    }

    boolean mayReadReports() {
        Authentication user = identity.getCurrentAuthentication();
        List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
        return groups.stream().anyMatch(readerGroups::contains);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}

package vn.bentre.papi.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/** An edited organisation file, loaded into a database of its own so other tests keep the real organisation. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:papi-reload;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class OrganisationReloadTests {

    @Autowired UnitRepository repository;
    @Autowired IdentitySynchronizer identities;
    @Autowired AuthorizationSynchronizer authorizations;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired TransactionTemplate transaction;

    @Test
    void shouldUpdateNamesAndAddUnitsFromAnEditedFileWithoutLosingUsers() {
        User official = identityService.newUser("nguyenvana");
        official.setPassword("secret");
        identityService.saveUser(official);
        identityService.createMembership("nguyenvana", "so-tu-phap");
        var edited = new OrganisationLoader(new UnitCatalogue("organisation-edited/departments.csv", "organisation/admin-units.csv"),
            repository, identities, authorizations, transaction);

        var result = edited.load();

        assertThat(result.units()).isEqualTo(2);
        assertThat(repository.findById("so-tu-phap")).get().extracting(Unit::name).isEqualTo("Sở Tư pháp tỉnh Bến Tre");
        assertThat(repository.findById("so-ngoai-vu")).get().extracting(Unit::reviewerId).isEqualTo("so-noi-vu");
        assertThat(identityService.createGroupQuery().groupId("so-tu-phap").singleResult().getName()).isEqualTo("Sở Tư pháp tỉnh Bến Tre");
        assertThat(identityService.createGroupQuery().groupId("so-ngoai-vu-lanh-dao").count()).isOne();
        assertThat(identityService.createUserQuery().memberOfGroup("so-tu-phap").list())
            .extracting(User::getId).contains("nguyenvana", "so-tu-phap-cv");
        assertThat(identityService.checkPassword("nguyenvana", "secret")).isTrue();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("so-ngoai-vu")
            .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).isOne();
        // A unit dropped from the file stays: processes and history still name it.
        assertThat(repository.findById("mttq-tinh")).isPresent();
        assertThat(edited.load().changedNothing()).isTrue();
    }
}

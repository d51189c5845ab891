package vn.bentre.papi.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class OrganisationLoaderTests {

    @Autowired OrganisationLoader loader;
    @Autowired UnitRepository repository;
    @Autowired IdentitySynchronizer identities;
    @Autowired AuthorizationSynchronizer authorizations;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    @Test
    void shouldStoreEveryUnitWithItsReviewer() {
        assertThat(repository.find(UnitLevel.COMMUNE, null)).hasSize(164);
        assertThat(repository.find(UnitLevel.DISTRICT, null)).hasSize(9);
        assertThat(repository.find(UnitLevel.DISTRICT_OFFICE, null)).hasSize(9);
        assertThat(repository.findById("xa-28756")).get().extracting(Unit::reviewerId).isEqualTo("huyen-829-phong-noi-vu");
    }

    @Test
    void shouldCreateTwoGroupsPerUnitAndDemoUsersInThem() {
        assertThat(identityService.createGroupQuery().groupId("xa-28756").singleResult().getName())
            .isEqualTo("UBND phường Phú Khương, thành phố Bến Tre");
        assertThat(identityService.createGroupQuery().groupId("xa-28756-lanh-dao").count()).isOne();
        assertThat(identityService.createUserQuery().memberOfGroup("xa-28756").list())
            .extracting(u -> u.getId()).containsExactlyInAnyOrder("xa-28756-cv", "xa-28756-ld");
        assertThat(identityService.createUserQuery().memberOfGroup("xa-28756-lanh-dao").list())
            .extracting(u -> u.getId()).containsExactly("xa-28756-ld");
        assertThat(identityService.createUserQuery().userId("xa-28756-cv").singleResult().getEmail())
            .isEqualTo("xa-28756-cv@demo.papi.bentre.local");
        assertThat(identityService.checkPassword("xa-28756-cv", "demo")).isTrue();
        assertThat(identityService.checkPassword("admin", "admin")).isTrue();
    }

    @Test
    void shouldChangeNothingWhenLoadedAgain() {
        long groups = identityService.createGroupQuery().count();
        long users = identityService.createUserQuery().count();
        long grants = authorizationService.createAuthorizationQuery().count();

        assertThat(loader.load().changedNothing()).isTrue();

        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(grants);
    }

    @Test
    void shouldGrantCockpitOnlyToSupervisorUnits() {
        List<String> cockpitGroups = authorizationService.createAuthorizationQuery()
            .resourceType(Resources.APPLICATION).resourceId("cockpit").list().stream()
            .map(Authorization::getGroupId).toList();
        assertThat(cockpitGroups).containsExactlyInAnyOrder("so-noi-vu", "so-noi-vu-lanh-dao", "ubnd-tinh", "ubnd-tinh-lanh-dao");
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("camunda-admin")
            .resourceType(Resources.APPLICATION).resourceId("*").singleResult().isEveryPermissionGranted()).isTrue();
    }
}

package vn.bentre.papi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import vn.bentre.papi.organisation.Organisation;
import vn.bentre.papi.organisation.OrganisationLoader;
import vn.bentre.papi.organisation.UnitLevel;
import vn.bentre.papi.support.PostgresTest;
import vn.bentre.papi.support.TestProcesses;

/** The same application on a real PostgreSQL, as production runs it. */
@PostgresTest
class PostgresApplicationIntegrationTests {

    @Autowired ProcessEngine engine;
    @Autowired Organisation organisation;
    @Autowired OrganisationLoader loader;
    @Autowired TestRestTemplate http;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String user;
    @Value("${spring.datasource.password}") String password;

    @Test
    void shouldRunTheEngineOnPostgresqlWithTheWholeOrganisation() {
        assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
        assertThat(organisation.units(UnitLevel.COMMUNE, null)).hasSize(164);
        assertThat(organisation.units(UnitLevel.DISTRICT_OFFICE, null)).hasSize(9);
        assertThat(loader.load().changedNothing()).isTrue();
    }

    @Test
    void shouldKeepACommunesTaskFromAnotherCommuneOverEngineRest() {
        var instance = TestProcesses.startUnitTask(engine, "xa-28783");
        String path = "/engine-rest/task?processInstanceId=" + instance.getId();

        assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("xa-28786-cv", "demo").getForObject(path, String.class)).isEqualTo("[]");
        assertThat(http.withBasicAuth("xa-28783-cv", "demo").getForObject(path, String.class)).contains(instance.getId());
        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test");
    }

    @Test
    void shouldRefuseToStartWithoutAnAdministratorPassword() {
        var application = new SpringApplicationBuilder(PapiApplication.class).profiles("postgres");

        assertThatThrownBy(() -> application.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--papi.organisation.admin-password=", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                // Another engine name: closing this failed start must not unregister the suite's engine.
                "--camunda.bpm.process-engine-name=startupcheck",
                // No web server either: the webapp starter keeps its context in a static field.
                "--spring.main.web-application-type=none"))
            .rootCause().hasMessageContaining("PAPI_ADMIN_PASSWORD");
    }
}

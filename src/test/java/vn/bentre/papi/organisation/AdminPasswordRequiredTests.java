package vn.bentre.papi.organisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.bentre.papi.PapiApplication;

class AdminPasswordRequiredTests {

    @Test
    void shouldRefuseToStartThePostgresProfileWithoutAnAdministratorPassword() {
        // The datasource is H2 here so that only the missing password can stop the start;
        // PostgresApplicationIntegrationTests repeats this against a real PostgreSQL.
        var application = new SpringApplicationBuilder(PapiApplication.class)
            .profiles("postgres");

        assertThatThrownBy(() -> application.run("--spring.datasource.url=jdbc:h2:mem:no-admin-password",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--papi.organisation.admin-password=",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                // Another engine name: closing this failed start must not unregister the suite's engine.
                "--camunda.bpm.process-engine-name=startupcheck",
                // No web server either: the webapp starter keeps its context in a static field.
                "--spring.main.web-application-type=none"))
            .rootCause().hasMessageContaining("PAPI_ADMIN_PASSWORD");
    }
}

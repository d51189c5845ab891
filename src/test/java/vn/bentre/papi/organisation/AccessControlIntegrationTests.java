package vn.bentre.papi.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import vn.bentre.papi.support.TestProcesses;
import vn.bentre.papi.support.WebappClient;

/** A commune's task belongs to that commune: through the engine API, /engine-rest and the webapps. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessControlIntegrationTests {

    static final String COMMUNE_A = "xa-28756";
    static final String COMMUNE_B = "xa-28757";

    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate http;
    @LocalServerPort int port;

    ProcessInstance instance;
    Task task;

    @BeforeEach
    void openATaskForCommuneA() {
        instance = TestProcesses.startUnitTask(engine, COMMUNE_A);
        task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    @AfterEach
    void clearAuthentication() {
        engine.getIdentityService().clearAuthentication();
        engine.getRuntimeService().deleteProcessInstanceIfExists(instance.getId(), "test", true, true, true, true);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    @Nested
    class ThroughTheEngineApi {

        private void authenticate(String userId) {
            IdentityService identity = engine.getIdentityService();
            List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
            identity.setAuthentication(userId, groups);
        }

        @Test
        void shouldHideTheTaskFromAnotherCommuneAndRefuseItsClaimAndCompletion() {
            authenticate(COMMUNE_B + "-cv");
            TaskService tasks = engine.getTaskService();

            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
            assertThatThrownBy(() -> tasks.claim(task.getId(), COMMUNE_B + "-cv")).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> tasks.complete(task.getId())).isInstanceOf(AuthorizationException.class);
        }

        @Test
        void shouldLetTheCommunesOwnOfficialSeeClaimAndCompleteIt() {
            authenticate(COMMUNE_A + "-cv");
            TaskService tasks = engine.getTaskService();

            assertThat(tasks.createTaskQuery().taskCandidateGroup(COMMUNE_A).list()).extracting(Task::getId).contains(task.getId());
            tasks.claim(task.getId(), COMMUNE_A + "-cv");
            tasks.complete(task.getId());

            engine.getIdentityService().clearAuthentication();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        }
    }

    @Nested
    class ThroughEngineRest {

        @Test
        void shouldAnswer401WithoutCredentials() {
            assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            // Another user than the tests below: a failed login delays that user's next logins.
            assertThat(http.withBasicAuth("xa-28759-cv", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        @Test
        void shouldHideTheTaskFromAnotherCommuneAndRefuseItsClaimAndCompletion() {
            assertThat(as(COMMUNE_B + "-cv").getForObject("/engine-rest/task?processInstanceId=" + instance.getId(), String.class))
                .isEqualTo("[]");
            assertThat(post(COMMUNE_B + "-cv", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + COMMUNE_B + "-cv\"}"))
                .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(COMMUNE_B + "-cv", "/engine-rest/task/" + task.getId() + "/complete", "{}"))
                .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        }

        @Test
        void shouldLetTheCommunesOwnOfficialClaimAndCompleteIt() {
            assertThat(as(COMMUNE_A + "-cv").getForObject("/engine-rest/task?processInstanceId=" + instance.getId(), String.class))
                .contains(task.getId());
            assertThat(post(COMMUNE_A + "-cv", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + COMMUNE_A + "-cv\"}"))
                .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(post(COMMUNE_A + "-cv", "/engine-rest/task/" + task.getId() + "/complete", "{}"))
                .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        }

        @Test
        void shouldShowProcessInstancesToSoNoiVuButNotToACommuneOfficial() {
            assertThat(as(COMMUNE_A + "-cv").getForObject("/engine-rest/process-instance", String.class)).isEqualTo("[]");
            assertThat(as("so-noi-vu-cv").getForObject("/engine-rest/process-instance", String.class)).contains(instance.getId());
        }

        @Test
        void shouldRefuseADeploymentFromACommuneOfficial() {
            var form = new LinkedMultiValueMap<String, Object>();
            form.add("deployment-name", "tu-y");
            form.add("data", new ByteArrayResource(new byte[0]) {
                @Override
                public String getFilename() {
                    return "x.bpmn";
                }
            });
            var headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            var response = as(COMMUNE_A + "-cv").postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }

        private HttpStatus post(String user, String path, String json) {
            var headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            return HttpStatus.valueOf(as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class)
                .getStatusCode().value());
        }
    }

    @Nested
    class ThroughTheWebapps {

        @Test
        void shouldLetACommuneOfficialIntoTasklistOnly() {
            var browser = new WebappClient(port);
            assertThat(browser.login("tasklist", COMMUNE_A + "-cv", "demo")).isEqualTo(200);
            assertThat(new WebappClient(port).login("cockpit", COMMUNE_A + "-cv", "demo")).isEqualTo(403);
            assertThat(new WebappClient(port).login("admin", COMMUNE_A + "-cv", "demo")).isEqualTo(403);
        }

        @Test
        void shouldLetSoNoiVuIntoCockpitAndShowItThePlanProcesses() {
            var browser = new WebappClient(port);
            assertThat(browser.login("cockpit", "so-noi-vu-cv", "demo")).isEqualTo(200);
            assertThat(browser.get("/camunda/api/engine/engine/default/process-instance").body()).contains(instance.getId());
        }

        @Test
        void shouldServeTheOrganisationApiToALoggedInWebappUser() {
            var browser = new WebappClient(port);
            assertThat(browser.get("/api/organisation/units/" + COMMUNE_A).statusCode()).isEqualTo(401);
            browser.login("tasklist", COMMUNE_A + "-cv", "demo");
            assertThat(browser.get("/api/organisation/units/" + COMMUNE_A).body()).contains("\"reviewerId\":\"huyen-829-phong-noi-vu\"");
        }
    }
}

package vn.bentre.papi.dashboard;

import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * Paths into Cockpit and Tasklist for section links, under the application's context path and
 * Camunda's {@code camunda.bpm.webapp.application-path} (default {@code /camunda}).
 */
@Component
public class CamundaLinks {

    private final RepositoryService repository;
    private final String apps;

    CamundaLinks(RepositoryService repository, CamundaBpmProperties camunda, ServerProperties server) {
        this.repository = repository;
        String contextPath = server.getServlet().getContextPath() == null ? "" : server.getServlet().getContextPath();
        this.apps = (contextPath + camunda.getWebapp().getApplicationPath()).replaceAll("/+$", "") + "/app";
    }

    public String tasklist() {
        return apps + "/tasklist/default/";
    }

    public String cockpitProcesses() {
        return apps + "/cockpit/default/#/processes";
    }

    /** The latest version of the process in Cockpit, when the current user may read it. */
    public Optional<String> cockpitProcessDefinition(String processKey) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().singleResult();
        return Optional.ofNullable(definition).map(d -> apps + "/cockpit/default/#/process-definition/" + d.getId() + "/runtime");
    }

    public String cockpitProcessInstance(String processInstanceId) {
        return apps + "/cockpit/default/#/process-instance/" + processInstanceId + "/runtime";
    }
}

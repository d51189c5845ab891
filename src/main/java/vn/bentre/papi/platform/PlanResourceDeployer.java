package vn.bentre.papi.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} (BPMN, DMN) and {@code forms/} (Camunda Forms) from the classpath
 * as one named deployment while the engine is built.
 *
 * <p>Replaces the starter's auto-deployment because that one names resources by their absolute
 * file path (so {@code spring-boot:run} and the packaged jar would look like different
 * resources) and cannot deploy only what changed. Here a resource is named by its path below
 * the classpath root, and only changed resources get a new version.
 */
@Component
class PlanResourceDeployer extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "papi-plan";
    private static final String[] PATTERNS = {
        "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form"
    };
    private static final Logger log = LoggerFactory.getLogger(PlanResourceDeployer.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, byte[]> resources = findResources();
        if (resources.isEmpty()) {
            return;
        }
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("papi-workflow")
            .enableDuplicateFiltering(true);
        resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
        Deployment deployment = builder.deploy();
        log.info("Deployment '{}' ({}): {} resources {}", DEPLOYMENT_NAME, deployment.getId(), resources.size(), resources.keySet());
    }

    private Map<String, byte[]> findResources() {
        var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        Map<String, byte[]> resources = new TreeMap<>();
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(classpathName(resource), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được quy trình/biểu mẫu để triển khai", e);
        }
        return resources;
    }

    /** "processes/papi-unit-plan.bpmn", wherever the classpath root lies. */
    static String classpathName(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        for (String root : new String[] {"processes/", "forms/"}) {
            int at = url.lastIndexOf("/" + root);
            if (at >= 0) {
                return url.substring(at + 1);
            }
        }
        return resource.getFilename();
    }
}

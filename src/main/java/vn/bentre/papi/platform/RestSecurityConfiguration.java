package vn.bentre.papi.platform;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /engine-rest} is open by default: require HTTP Basic so that every call runs as a
 * Camunda user and the engine's authorizations apply to it exactly as in the webapps.
 */
@Configuration(proxyBeanMethods = false)
class RestSecurityConfiguration {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, HttpBasicAuthenticationProvider.class.getName(),
            "rest-url-pattern-prefix", "/engine-rest"));
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ApiAuthenticationFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setName("papi-api-authentication");
        // The dashboard page too (dashboard.LoginRedirectFilter first sends browsers without a login to a help page).
        registration.addUrlPatterns("/api/*", "/dashboard");
        registration.setOrder(11);
        return registration;
    }
}

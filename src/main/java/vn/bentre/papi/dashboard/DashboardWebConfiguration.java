package vn.bentre.papi.dashboard;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page's login redirect, ordered before {@code papi-api-authentication} (order 11 in
 * {@code platform.RestSecurityConfiguration}), which also covers {@code /dashboard}.
 */
@Configuration(proxyBeanMethods = false)
class DashboardWebConfiguration {

    @Bean
    FilterRegistrationBean<LoginRedirectFilter> dashboardLoginRedirect(ProcessEngine engine) {
        var registration = new FilterRegistrationBean<>(new LoginRedirectFilter(engine));
        registration.setName("papi-dashboard-login-redirect");
        registration.addUrlPatterns(DashboardPageController.PATH);
        registration.setOrder(5);
        return registration;
    }
}

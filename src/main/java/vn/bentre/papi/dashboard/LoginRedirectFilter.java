package vn.bentre.papi.dashboard;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before the API authentication on the page {@code /dashboard}: a browser that is logged into
 * neither Tasklist nor Cockpit (and sends no HTTP Basic credentials) is redirected to
 * {@code /dashboard/dang-nhap.html}, which says to log in first, instead of getting a bare 401.
 */
class LoginRedirectFilter extends OncePerRequestFilter {

    static final String LOGIN_HELP = "/dashboard/dang-nhap.html";

    private final ProcessEngine engine;

    LoginRedirectFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null && !loggedIntoWebapps(request.getSession(false))) {
            response.sendRedirect(request.getContextPath() + LOGIN_HELP);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean loggedIntoWebapps(HttpSession session) {
        if (session == null) {
            return false;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine.getName());
        return user != null && user != Authentication.ANONYMOUS;
    }
}

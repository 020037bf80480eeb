package se.samverkan.identity.internal;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import se.samverkan.audit.AuditLog;
import se.samverkan.identity.Accounts;

/**
 * Two chains: the API (stateless, bearer tokens, problem details for 401 and 403) and the pages
 * (sessions in PostgreSQL, form sign-in, CSRF, optional OIDC). Both send the same security
 * headers, with a Content-Security-Policy that allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private final String contentSecurityPolicy;

	private final boolean secureCookies;

	/** {@code secureCookies}: the CSRF cookie is Secure wherever the session cookie is (the {@code prod} profile). */
	SecurityConfiguration(@Value("${samverkan.map.tile-origin:}") String tileOrigin,
			@Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
		this.secureCookies = secureCookies;
		String images = "'self' data:" + (tileOrigin.isBlank() ? "" : " " + tileOrigin);
		this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images
				+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
				+ "frame-ancestors 'none'";
	}

	/** A request the firewall refuses (a "//" or an encoded slash in the path) is a 400 problem, not an error page. */
	@Bean
	org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> ProblemResponses.write(response, 400, "Bad Request",
				"Sökvägen kan inte tas emot.");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		var encoders = Map.<String, PasswordEncoder>of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder(12));
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder passwords,
			SignInThrottle throttle, SignInRefusals refusals, Accounts accounts, AuditLog audit) {
		var provider = new DaoAuthenticationProvider(details);
		provider.setPasswordEncoder(passwords);
		var manager = new ProviderManager(
				new ThrottledAuthenticationProvider(provider, throttle, refusals, accounts, audit));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens, Accounts accounts)
			throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(manager)
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, accounts), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers("/api/v1/public/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> ProblemResponses.write(response, 401,
						"Unauthorized", "Inloggning krävs: skicka Authorization: Bearer <token>."))
				.accessDeniedHandler((request, response, ex) -> ProblemResponses.write(response, 403, "Forbidden",
						"Du har inte behörighet till detta.")))
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, Accounts accounts,
			ObjectProvider<ClientRegistrationRepository> oidcClients, ObjectProvider<LocalAccountOidcUserService> oidcUsers)
			throws Exception {
		// Nothing about an anonymous visitor is kept in a session (issue 14, point 8): the CSRF token
		// and the page to return to after sign-in travel in cookies, so a look at /login stores nothing.
		var csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer(cookie -> {
			cookie.sameSite("Strict");
			if (secureCookies) {
				cookie.secure(true); // behind a TLS-terminating proxy the request itself may look plain
			}
		});
		http.authenticationManager(manager)
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.addFilterBefore(new AccountRefreshFilter(accounts), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeGate(), AccountRefreshFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
						"/livez", "/readyz",
						"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/public/**",
						"/feed.atom")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new UploadsNeedSignIn(), org.springframework.security.web.csrf.CsrfFilter.class)
			.formLogin(form -> form.loginPage("/login").failureHandler(refusedSignIn()).defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(this::headers);
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/login")
				.failureUrl("/login?error")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers.getObject())));
		}
		return http.build();
	}

	/** A refused sign-in goes back to the form without keeping anything in a session (the page says nothing more). */
	private static SimpleUrlAuthenticationFailureHandler refusedSignIn() {
		var handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
		handler.setAllowSessionCreation(false);
		return handler;
	}

	private void headers(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}
}

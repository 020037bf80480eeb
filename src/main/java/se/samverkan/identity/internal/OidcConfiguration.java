package se.samverkan.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.audit.AuditLog;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.identity.Accounts;

/**
 * Optional sign-in through the organisation's OIDC provider, on with {@code SAMVERKAN_OIDC_ENABLED=true}.
 * The provider's endpoints are given explicitly (no discovery through the issuer URI), so the
 * application starts even while the provider is unreachable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samverkan.oidc.enabled", havingValue = "true")
class OidcConfiguration {


	record OidcProperties(boolean enabled, String clientId, String clientSecret, String issuer, String authorizationUri,
			String tokenUri, String jwkSetUri, String userInfoUri, String usernameClaim, String displayName,
			boolean justInTime, String party, String groupsClaim, String groupRoles) {
	}

	@Bean
	OidcProperties oidcProperties(org.springframework.core.env.Environment environment) {
		var binder = org.springframework.boot.context.properties.bind.Binder.get(environment);
		return binder.bind("samverkan.oidc", OidcProperties.class).get();
	}

	@Bean
	ClientRegistrationRepository oidcClients(OidcProperties oidc) {
		ClientRegistration registration = ClientRegistration.withRegistrationId("oidc")
			.clientId(oidc.clientId())
			.clientSecret(oidc.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile")
			.issuerUri(oidc.issuer())
			.authorizationUri(oidc.authorizationUri())
			.tokenUri(oidc.tokenUri())
			.jwkSetUri(oidc.jwkSetUri())
			.userInfoUri(oidc.userInfoUri())
			.userNameAttributeName(oidc.usernameClaim() == null ? "preferred_username" : oidc.usernameClaim())
			.clientName(oidc.displayName() == null ? "Organisationens inloggning" : oidc.displayName())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	LocalAccountOidcUserService localAccountOidcUserService(Accounts accounts, AuditLog audit,
			OrganisationDirectory organisation, TransactionTemplate transactions, OidcProperties oidc) {
		return new LocalAccountOidcUserService(accounts, audit, organisation, transactions,
				new LocalAccountOidcUserService.Settings(oidc.usernameClaim(), oidc.justInTime(), oidc.party(),
						oidc.groupsClaim(), LocalAccountOidcUserService.Settings.parse(oidc.groupRoles())));
	}

	/** A group mapping that names an unknown unit, or a role where it cannot be held, stops the start. */
	@Bean
	@Order(40)
	ApplicationRunner oidcGroupMappingCheck(LocalAccountOidcUserService users) {
		return args -> users.checkMapping();
	}
}

package se.samverkan.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import se.samverkan.identity.Accounts;
import se.samverkan.identity.SignedInUsers;

/** Local accounts for username and password sign-in (an account without a password signs in through OIDC only). */
@Component
class AccountDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return accounts.byUsername(username)
			.filter(Accounts.Account::signsInWithPassword)
			.map(account -> SignedInUsers.of(accounts, account))
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}
}

package se.samverkan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverkan.organisation.internal.ReferenceDataLoader;
import se.samverkan.support.IntegrationTest;

@IntegrationTest
class ReferenceDataTests {

	@Autowired
	ReferenceDataLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsStockholmOnceOnly() {
		long units = count("org_unit");
		assertThat(loader.loadIfEmpty()).isFalse();
		assertThat(count("org_unit")).isEqualTo(units);
	}

	@Test
	void holdsEveryNeighbourhoodWithItsBoundaryAndDistrictHistory() {
		assertThat(count("neighbourhood")).isEqualTo(117);
		long withoutCurrentDistrict = jdbc.sql("""
				SELECT count(*) FROM neighbourhood n WHERE NOT EXISTS (
				  SELECT 1 FROM neighbourhood_district d WHERE d.neighbourhood_id = n.id AND d.valid_to IS NULL)""")
			.query(Long.class)
			.single();
		assertThat(withoutCurrentDistrict).isZero();
	}

	@Test
	void holdsTheGroupsOfTheCollaboration() {
		long localSteeringGroups = jdbc.sql("SELECT count(*) FROM org_group WHERE kind = 'LOCAL_STEERING_GROUP'")
			.query(Long.class)
			.single();
		assertThat(localSteeringGroups).isEqualTo(11);
		assertThat(jdbc.sql("SELECT count(*) FROM org_group WHERE kind = 'PREPARATION_GROUP'").query(Long.class).single())
			.isEqualTo(1);
		long members = jdbc.sql("""
				SELECT count(*) FROM group_member m JOIN org_group g ON g.id = m.group_id
				WHERE g.code = 'STYRGRUPP-SODERMALM' AND m.username = 'styrgrupp.sodermalm'""")
			.query(Long.class)
			.single();
		assertThat(members).isEqualTo(1);
	}

	@Test
	void loadsTheDemoAccountsOnce() {
		// other tests create accounts of their own in the shared database: count the demo accounts by name
		long demoAccounts = jdbc.sql("""
				SELECT count(*) FROM app_user WHERE username IN ('admin', 'beredning.stad', 'beredning.polis',
				    'samordnare.sodermalm', 'kommunpolis.sodermalm', 'samordnare.farsta', 'styrgrupp.sodermalm',
				    'rapportor.sodermalm', 'kommunikator.stad', 'kommunikator.polis', 'lasare')""")
			.query(Long.class)
			.single();
		assertThat(demoAccounts).isEqualTo(11);
		assertThat(count("demo_data")).isEqualTo(1);
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}
}

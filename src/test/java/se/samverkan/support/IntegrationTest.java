package se.samverkan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real embedded PostgreSQL 17 with Stockholm's reference data and the
 * demo accounts, served on a random port. Every test class with these settings shares one
 * application context, so the database starts once per test run. Kolada's API is a local stub
 * ({@link KoladaStub}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"samverkan.embedded-database.data-dir=target/test-database",
		"samverkan.embedded-database.ephemeral=true",
		"samverkan.sign-in.max-failures=5", "server.shutdown=immediate", "samverkan.demo-year=false" })
@ContextConfiguration(initializers = KoladaStub.class)
public @interface IntegrationTest {
}

package se.samverkan.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code SPRING_DATASOURCE_URL}, Samverkan runs on its own
 * PostgreSQL. With one, Spring Boot's ordinary data source is used and nothing here exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
		return EmbeddedDatabase.start(properties);
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedDatabase database) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername(database.username());
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("samverkan");
		return dataSource;
	}
}

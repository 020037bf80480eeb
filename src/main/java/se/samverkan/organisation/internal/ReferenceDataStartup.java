package se.samverkan.organisation.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the reference data on the first start, before demo data (which refers to it). */
@Component
@Order(10)
class ReferenceDataStartup implements ApplicationRunner {

	private final ReferenceDataLoader loader;

	ReferenceDataStartup(ReferenceDataLoader loader) {
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		loader.loadIfEmpty();
		loader.loadCoverageParts();
	}
}

package se.samverkan.situation.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.samverkan.agreement.SituationPictureBasis;

/** Answers which established situation picture a local agreement rests on. */
@Component
class EstablishedPictureBasis implements SituationPictureBasis {

	private final JdbcClient jdbc;

	EstablishedPictureBasis(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Picture> restingOn(UUID districtId, LocalDate on) {
		return jdbc.sql("""
				SELECT id, period, established_at, established_by FROM situation_picture
				WHERE status = 'ESTABLISHED' AND district_id IS NOT DISTINCT FROM :district AND period_start <= :on
				ORDER BY period_start DESC, established_at DESC LIMIT 1""")
			.param("district", districtId)
			.param("on", on)
			.query(Picture.class)
			.optional();
	}
}

package se.samverkan.agreement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.agreement.Agreement;
import se.samverkan.agreement.AgreementKind;
import se.samverkan.agreement.AgreementStatus;
import se.samverkan.agreement.AgreementSeeding;
import se.samverkan.agreement.PriorityArea;
import se.samverkan.agreement.ReferralResponse;
import se.samverkan.agreement.ReferralRound;
import se.samverkan.agreement.Signature;
import se.samverkan.audit.AuditLog;
import se.samverkan.organisation.OrganisationDirectory;
import se.samverkan.organisation.OrganisationalUnit;
import se.samverkan.organisation.UnitType;

/**
 * Stockholm's agreements as far as the sources tell them (shared/data/stockholm/agreements-and-figures.md
 * and the referral response SÖD 2023/713): the 2019 agreement with its ten areas, superseded by
 * the 2024 agreement with its goal and five priority areas, and the referral round KS 2023/740
 * with Södermalm's response (statement dated 2023-09-29, decided by the committee on 2023-10-19,
 * seen by the cooperation group and the pensioners' council on 2023-10-09). Nothing else is known,
 * so nothing else is recorded: the 2019 agreement's goal text is in no source, so it has none, and
 * the round is marked as entered after the fact, so the other recipients' answers show as not
 * recorded rather than overdue. Loaded once.
 */
@Component
@Order(15)
class AgreementReferenceData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AgreementReferenceData.class);

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	static final String TITLE_2024 = "Övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm";

	static final String GOAL = "Stockholmarnas trygghet ska öka och den faktiska brottsligheten ska minska.";

	static final List<PriorityArea> AREAS_2024 = List.of(
			area("YOUNG_PEOPLE_AT_RISK", "Unga i riskzon för destruktivt beteende",
					"Young people at risk of destructive behaviour",
					"Barn och unga som riskerar att dras in i destruktivt beteende och kriminalitet.", 1),
			area("UNSAFE_PLACES", "Otrygga och brottsutsatta platser", "Unsafe and crime-exposed places",
					"Platser som upplevs som otrygga eller där många brott begås.", 2),
			area("SYSTEM_THREATENING_CRIME", "Systemhotande brottslighet", "Crime that threatens the system",
					"Organiserad brottslighet som undergräver samhällets institutioner, till exempel hot mot tjänstepersoner, välfärdsbrott och infiltration.",
					3),
			area("VULNERABLE_VICTIMS", "Särskilt utsatta och sårbara brottsoffer",
					"Especially exposed and vulnerable victims of crime",
					"Brottsoffer som är särskilt utsatta och sårbara.", 4),
			area("CRIMINAL_ENVIRONMENTS", "Kriminella miljöer och livsstilar", "Criminal environments and lifestyles",
					"Miljöer och livsstilar präglade av kriminalitet.", 5));

	static final List<String[]> AREAS_2019 = List.of(
			new String[] { "Riktat arbete mot avgränsade platser och utsatta områden", "Targeted work on defined places and vulnerable areas" },
			new String[] { "Unga i risk för kriminalitet", "Young people at risk of crime" },
			new String[] { "Skolan som brottsplats", "The school as a crime scene" },
			new String[] { "Avhopparverksamhet för kriminella", "Exit programmes for criminals" },
			new String[] { "Arbetet mot våldsbejakande extremism", "Work against violent extremism" },
			new String[] { "Särskilt utsatta och sårbara brottsoffer", "Especially exposed and vulnerable victims of crime" },
			new String[] { "Otillåten påverkan", "Unlawful influence" },
			new String[] { "Otillåtna bosättningar", "Unauthorised settlements" },
			new String[] { "Ordningsvakter", "Security guards" },
			new String[] { "Kameraövervakning", "Camera surveillance" });

	private final AgreementSeeding seeding;

	private final OrganisationDirectory organisation;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	AgreementReferenceData(AgreementSeeding seeding, OrganisationDirectory organisation, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.seeding = seeding;
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('samverkan-agreement-data'))").query().singleRow();
			if (jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single() > 0
					|| organisation.unitByCode("KOMMUNSTYRELSEN").isEmpty()) {
				return;
			}
			load();
		});
	}

	private void load() {
		Map<UUID, String> parties = new LinkedHashMap<>();
		parties.put(unit("KOMMUNSTYRELSEN").id(), "CITY");
		parties.put(unit("POLISREGION-STOCKHOLM").id(), "POLICE");

		Agreement previous = new Agreement(UUID.randomUUID(), AgreementKind.OVERARCHING,
				"Samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm (2019)", null, null, parties,
				LocalDate.of(2019, 11, 4), LocalDate.of(2023, 12, 31), 4, AgreementStatus.SUPERSEDED, null, List.of(),
				List.of(), List.of(
						new Signature("CITY", "Anna König Jerlmyr, finansborgarråd", null, at(2019, 11, 4),
								"Undertecknad i november 2019; antagen av kommunfullmäktige 2019-11-04 (sekundär källa). Dagen för underskriften är okänd."),
						new Signature("POLICE", "Ulf Johansson, regionpolischef", null, at(2019, 11, 4),
								"Undertecknad i november 2019. Dagen för underskriften är okänd.")),
				0);
		List<PriorityArea> areas2019 = new ArrayList<>();
		for (int i = 0; i < AREAS_2019.size(); i++) {
			areas2019.add(new PriorityArea(UUID.randomUUID(), String.format("AREA_2019_%02d", i + 1), AREAS_2019.get(i)[0],
					AREAS_2019.get(i)[1], null, i + 1));
		}
		seeding.insert(previous, areas2019);

		Agreement current = new Agreement(UUID.randomUUID(), AgreementKind.OVERARCHING, TITLE_2024, GOAL, null, parties,
				LocalDate.of(2024, 1, 1), null, 4, AgreementStatus.SIGNED, previous.id(), List.of(), List.of(), List.of(
						new Signature("CITY", "Karin Wanngård, finansborgarråd", null, at(2024, 1, 11),
								"Dagen är härledd (polisen.se, januari 2024), inte angiven i källan."),
						new Signature("POLICE", "Mattias Andersson, regionpolischef", null, at(2024, 1, 11),
								"Dagen är härledd (polisen.se, januari 2024), inte angiven i källan.")),
				0);
		seeding.insert(current, AREAS_2024.stream()
			.map(area -> new PriorityArea(UUID.randomUUID(), area.code(), area.name(), area.nameEn(), area.description(),
					area.ordinal()))
			.toList());

		ReferralRound round = new ReferralRound(UUID.randomUUID(), "KS 2023/740", TITLE_2024, current.id(), null,
				LocalDate.of(2023, 10, 27),
				List.of("Bilaga 1. " + TITLE_2024, "Bilaga 2. Prioriterade samverkansområden"), recipients(), true, 0);
		seeding.insert(round);
		seeding.insert(new ReferralResponse(UUID.randomUUID(), round.id(), unit("SODERMALM").id(), "SÖD 2023/713",
				"Josefin Lokvist", LocalDate.of(2023, 10, 19), LocalDate.of(2023, 10, 19),
				"Stadsdelsnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen.", SODERMALM_SUMMARY,
				sodermalmText(), AuditLog.SYSTEM, OffsetDateTime.now(), LocalDate.of(2023, 9, 29),
				List.of(new ReferralResponse.Consultation(LocalDate.of(2023, 10, 9),
						"Förvaltningsgruppen (förvaltningens samverkansgrupp)"),
						new ReferralResponse.Consultation(LocalDate.of(2023, 10, 9), "Pensionärsrådet"))));
		log.info("Loaded the 2019 and 2024 agreements and the referral round KS 2023/740");
	}

	/** The committees, every district committee of autumn 2023, and Stockholms Stadshus AB. */
	private List<UUID> recipients() {
		List<UUID> recipients = new ArrayList<>();
		for (String code : List.of("SOCIALNAMNDEN", "TRAFIKNAMNDEN", "UTBILDNINGSNAMNDEN")) {
			recipients.add(unit(code).id());
		}
		organisation.units(UnitType.DISTRICT, null, LocalDate.of(2023, 10, 27)).forEach(d -> recipients.add(d.id()));
		recipients.add(unit("STOCKHOLMS-STADSHUS-AB").id());
		return recipients;
	}

	private OrganisationalUnit unit(String code) {
		return organisation.unitByCode(code).orElseThrow(() -> new IllegalStateException("No unit " + code));
	}

	private static PriorityArea area(String code, String name, String nameEn, String description, int ordinal) {
		return new PriorityArea(null, code, name, nameEn, description, ordinal);
	}

	private static OffsetDateTime at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(12, 0).atZone(STOCKHOLM).toOffsetDateTime();
	}

	private static String sodermalmText() {
		try (var in = new ClassPathResource("reference/stockholm/remissvar-sod-2023-713.txt").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static final String SODERMALM_SUMMARY = "Stadsledningskontoret har tillsammans med Polisregion Stockholm tagit fram "
			+ "en ny övergripande samverkansöverenskommelse mellan Stockholms stad och Polisregion Stockholm som gäller "
			+ "från och med i januari 2024. Det övergripande målet med samverkansöverenskommelsen är att stockholmarnas "
			+ "trygghet ska öka och att den faktiska brottsligheten ska minska. Ett antal prioriterade utmaningar lyfts "
			+ "fram i en bilaga till överenskommelsen där samverkan är särskilt påkallad på såväl lokal som central nivå. "
			+ "De prioriterade samverkansområdena är unga i riskzon för destruktivt beteende, otrygga och brottsutsatta "
			+ "platser, systemhotande brottslighet, särskilt utsatta och sårbara brottsoffer samt kriminella miljöer och "
			+ "livsstilar. I lokala samverkansöverenskommelser fastställs samverkansområden utifrån lokal lägesbild. Den "
			+ "lokala nivån ska beröra de fem stadsövergripande prioriterade samverkansområdena i framtagande av lokal "
			+ "lägesbild, åtgärder och mål.\n\nFörvaltningens uppfattning är att samverkansöverenskommelsen med Polisregion "
			+ "Stockholm utgör en viktig del i arbetet med att skapa förutsättningar för ett gemensamt och systematiskt "
			+ "arbete inom prioriterade samverkansområden både på lokal och central nivå i staden. De prioriterade "
			+ "samverkansområden som tagits fram i överenskommelsen stämmer väl överens med det trygghetsskapande och "
			+ "brottsförebyggande arbete som utförs på Södermalms stadsdelsförvaltning utifrån hur problembilden ser ut "
			+ "inom stadsdelsområdet.";
}

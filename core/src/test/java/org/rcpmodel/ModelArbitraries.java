package org.rcpmodel;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * jqwik generators of random model values, shared by the property tests of every module (through
 * the core test jar). Values are well-formed (every builder accepts them); they are not promised to
 * pass the validation rules.
 */
public final class ModelArbitraries {

  private ModelArbitraries() {}

  /** Ids such as {@code a1}, {@code org-7}. */
  public static Arbitrary<String> ids() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
        .flatMap(prefix -> Arbitraries.integers().between(0, 99).map(n -> prefix + "-" + n));
  }

  /** Human text, including non-Latin letters, quotes and expression-like strings. */
  public static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().withChars(' ', '-', '\'', '"', 'ü', 'Ы', '中').ofMinLength(1)
            .ofMaxLength(30).filter(s -> !s.isBlank()),
        Arbitraries.of("Türkiye", "Алматинский процесс", "${1+1}", "{jakarta.validation.constraints.NotNull.message}",
            "back\\slash", "tab\there"));
  }

  /** Assigned ISO 3166-1 alpha-3 codes. */
  public static Arbitrary<String> stateCodes() {
    return Arbitraries.of("AFG", "AZE", "KAZ", "KGZ", "TJK", "TUR", "TKM", "IRN", "PAK", "ITA", "RUS", "UZB");
  }

  /** Partial dates of all three precisions, years 1990 to 2030. */
  public static Arbitrary<PartialDate> partialDates() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2030);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> days = Arbitraries.integers().between(1, 28);
    return Arbitraries.oneOf(
        years.map(PartialDate::ofYear),
        Combinators.combine(years, months).as(PartialDate::ofYearMonth),
        Combinators.combine(years, months, days).as(PartialDate::of));
  }

  /** Periods with every kind of bound. */
  public static Arbitrary<Period> periods() {
    return Arbitraries.oneOf(
        Combinators.combine(partialDates(), partialDates()).as((a, b) -> a.compareTo(b) <= 0 ? Period.of(a, b) : Period.of(b, a)),
        partialDates().map(Period::startingAt),
        partialDates().map(Period::endingAt),
        partialDates().map(Period::of),
        Arbitraries.just(Period.unknown()));
  }

  static Arbitrary<List<String>> sourceIds() {
    return ids().list().ofMaxSize(2);
  }

  /** Participants: States or organizations. */
  public static Arbitrary<Participant> participants() {
    return Arbitraries.oneOf(stateCodes().map(Participant::state), ids().map(Participant::organization));
  }

  /** States, some with former names. */
  public static Arbitrary<State> states() {
    return Combinators.combine(stateCodes(), texts(), Combinators.combine(texts(), periods()).as(FormerName::of)
            .list().ofMaxSize(2), sourceIds())
        .as((code, name, former, sources) -> State.builder().code(code).name(name).addAllFormerNames(former)
            .addAllSources(sources).build());
  }

  /** Migration figures. */
  public static Arbitrary<MigrationFigure> figures() {
    return Combinators.combine(
            Arbitraries.of("citizensAbroad", "internationalMigrants", "memberStates"),
            Arbitraries.longs().between(0, 50_000_000L).map(BigDecimal::valueOf),
            Arbitraries.of(Approximation.class), Arbitraries.of(FigureScope.class),
            partialDates().optional(), sourceIds())
        .as((metric, value, approx, scope, date, sources) -> MigrationFigure.builder().metric(metric).value(value)
            .approximation(approx).scope(scope).referenceDate(date).addAllSources(sources).build());
  }

  /** Organizations. */
  public static Arbitrary<Organization> organizations() {
    return Combinators.combine(ids(), texts(), texts().optional(), Arbitraries.of(OrganizationKind.class).optional(),
            partialDates().optional(), ids().optional(), figures().list().ofMaxSize(2), sourceIds())
        .as((id, name, acronym, kind, founded, parent, figures, sources) -> Organization.builder().id(id).name(name)
            .acronym(acronym).kind(kind).founded(founded).parent(parent).addAllFigures(figures)
            .addAllSources(sources).build());
  }

  /** Participations with known, open, unknown and as-of dates. */
  public static Arbitrary<Participation> participations() {
    return Combinators.combine(participants(), Arbitraries.of(Role.class), periods().optional(),
            partialDates().optional(), sourceIds())
        .as((who, role, period, asOf, sources) -> Participation.builder().participant(who).role(role)
            .period(period).asOf(asOf).addAllSources(sources).build());
  }

  /** Chair terms of one or two chairs. */
  public static Arbitrary<Chairmanship> chairmanships() {
    return Combinators.combine(participants().list().ofMinSize(1).ofMaxSize(2), periods(),
            Arbitraries.of(ChairStatus.class).optional(), participants().optional(), sourceIds())
        .as((chairs, period, status, coChair, sources) -> Chairmanship.builder().addAllChairs(chairs).period(period)
            .status(status).coChair(coChair).addAllSources(sources).build());
  }

  /** Meetings. */
  public static Arbitrary<Meeting> meetings() {
    return Combinators.combine(ids(), texts().optional(), Arbitraries.of(MeetingLevel.class),
            Arbitraries.integers().between(1, 20).optional(), stateCodes().optional(), texts().optional(), periods(),
            sourceIds())
        .as((id, name, level, ordinal, host, city, period, sources) -> Meeting.builder().id(id).name(name).level(level)
            .ordinal(ordinal).host(host).city(city).period(period).addAllSources(sources).build());
  }

  /** Declarations. */
  public static Arbitrary<Declaration> declarations() {
    return Combinators.combine(ids(), texts(), partialDates(), ids().optional(), participants().list().ofMaxSize(3),
            texts().list().ofMaxSize(2), ids().list().ofMaxSize(2), sourceIds())
        .as((id, title, adopted, meeting, adopters, themes, frameworks, sources) -> Declaration.builder().id(id)
            .title(title).adopted(adopted).meeting(meeting).addAllAdopters(adopters).addAllThemes(themes)
            .addAllFrameworks(frameworks).addAllSources(sources).build());
  }

  /** Processes with a few records of each kind. */
  public static Arbitrary<ConsultativeProcess> processes() {
    Arbitrary<ChairingRule> rules = Combinators.combine(Arbitraries.integers().between(1, 48).optional(),
            Arbitraries.integers().between(1, 3), Arbitraries.of(true, false))
        .as((term, max, standing) -> ChairingRule.builder().termMonths(term).maxConcurrentChairs(max)
            .standingCoChair(standing).build());
    return Combinators.combine(ids(), texts(), Arbitraries.of(ProcessKind.class), partialDates().optional(),
            rules, Arbitraries.of(true, false), participations().list().ofMaxSize(4),
            chairmanships().list().ofMaxSize(3))
        .flatAs((id, name, kind, established, chairing, orgs, participations, chairs) ->
            Combinators.combine(meetings().list().ofMaxSize(2), declarations().list().ofMaxSize(2),
                    figures().list().ofMaxSize(2), texts().optional(), sourceIds())
                .as((meetings, declarations, figures, region, sources) -> ConsultativeProcess.builder().id(id)
                    .name(name).kind(kind).established(established).chairingRule(chairing)
                    .membershipRule(MembershipRule.builder().organizationsAdmitted(orgs).build())
                    .addAllParticipations(participations).addAllChairs(chairs).addAllMeetings(meetings)
                    .addAllDeclarations(declarations).addAllFigures(figures).region(region).addAllSources(sources)
                    .build()));
  }

  /** Whole documents. */
  public static Arbitrary<Document> documents() {
    Arbitrary<Source> sources = Combinators.combine(ids(), texts().optional(), texts(), partialDates().optional())
        .as((id, publisher, title, published) -> Source.builder().id(id).publisher(publisher).title(title)
            .published(published).build());
    Arbitrary<Framework> frameworks = Combinators.combine(ids(), texts(), partialDates().optional())
        .as((id, name, adopted) -> Framework.builder().id(id).name(name).adopted(adopted).build());
    Arbitrary<Person> people = Combinators.combine(ids(), texts(),
            Combinators.combine(texts(), ids().optional(), stateCodes().optional(), periods().optional())
                .as((title, org, state, period) -> Post.builder().title(title).organization(org).state(state)
                    .period(period).build())
                .list().ofMaxSize(2))
        .as((id, name, posts) -> Person.builder().id(id).name(name).addAllPosts(posts).build());
    return Combinators.combine(texts().optional(), partialDates().optional(), sources.list().ofMaxSize(2),
            states().list().ofMaxSize(2), organizations().list().ofMaxSize(2), frameworks.list().ofMaxSize(2),
            processes().list().ofMinSize(1).ofMaxSize(2), people.list().ofMaxSize(2))
        .as((title, asOf, src, states, orgs, fws, processes, persons) -> Document.builder().title(title).asOf(asOf)
            .addAllSources(src).addAllStates(states).addAllOrganizations(orgs).addAllFrameworks(fws)
            .addAllProcesses(processes).addAllPeople(persons).build());
  }
}

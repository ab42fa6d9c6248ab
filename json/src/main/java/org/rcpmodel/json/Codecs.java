package org.rcpmodel.json;

import static org.rcpmodel.json.Values.DATE;
import static org.rcpmodel.json.Values.DATE_OUT;
import static org.rcpmodel.json.Values.PERIOD;
import static org.rcpmodel.json.Values.PERIOD_OUT;
import static org.rcpmodel.json.Values.STRING;
import static org.rcpmodel.json.Values.STRING_OUT;
import static org.rcpmodel.json.Values.defaulted;
import static org.rcpmodel.json.Values.defaultedBoolean;
import static org.rcpmodel.json.Values.defaultedInt;
import static org.rcpmodel.json.Values.enumReader;
import static org.rcpmodel.json.Values.enumWriter;
import static org.rcpmodel.json.Values.list;
import static org.rcpmodel.json.Values.objectReader;
import static org.rcpmodel.json.Values.objectWriter;
import static org.rcpmodel.json.Values.optional;
import static org.rcpmodel.json.Values.optionalInt;
import static org.rcpmodel.json.Values.required;

import java.util.List;
import org.rcpmodel.Approximation;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Classification;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.ImmutableChairingRule;
import org.rcpmodel.ImmutableChairmanship;
import org.rcpmodel.ImmutableClassification;
import org.rcpmodel.ImmutableConsultativeProcess;
import org.rcpmodel.ImmutableDeclaration;
import org.rcpmodel.ImmutableDocument;
import org.rcpmodel.ImmutableFormerName;
import org.rcpmodel.ImmutableFramework;
import org.rcpmodel.ImmutableMeeting;
import org.rcpmodel.ImmutableMembershipRule;
import org.rcpmodel.ImmutableMigrationFigure;
import org.rcpmodel.ImmutableOrganization;
import org.rcpmodel.ImmutableParticipant;
import org.rcpmodel.ImmutableParticipation;
import org.rcpmodel.ImmutablePerson;
import org.rcpmodel.ImmutablePost;
import org.rcpmodel.ImmutableSource;
import org.rcpmodel.ImmutableState;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MembershipRule;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.OrganizationKind;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.json.ObjectCodec.JsonKind;
import tools.jackson.core.JsonParser;

/**
 * The document format, one table per model type. The order of each table is the write order; see
 * docs/FORMAT.md. Every codec here is immutable and thread-safe.
 */
final class Codecs {

  private Codecs() {}

  static final ObjectCodec<Participant, ImmutableParticipant.Builder> PARTICIPANT = new ObjectCodec<>(
      Participant.class, ImmutableParticipant::builder, ImmutableParticipant.Builder::build, List.of(
          optional("state", JsonKind.STRING, Participant::getState, ImmutableParticipant.Builder::state, STRING,
              STRING_OUT),
          optional("organization", JsonKind.STRING, Participant::getOrganization,
              ImmutableParticipant.Builder::organization, STRING, STRING_OUT)));

  static final ObjectCodec<FormerName, ImmutableFormerName.Builder> FORMER_NAME = new ObjectCodec<>(
      FormerName.class, ImmutableFormerName::builder, ImmutableFormerName.Builder::build, List.of(
          required("name", JsonKind.STRING, FormerName::getName, ImmutableFormerName.Builder::name, STRING,
              STRING_OUT),
          required("period", JsonKind.PERIOD, FormerName::getPeriod, ImmutableFormerName.Builder::period, PERIOD,
              PERIOD_OUT)));

  static final ObjectCodec<Source, ImmutableSource.Builder> SOURCE = new ObjectCodec<>(
      Source.class, Source::builder, ImmutableSource.Builder::build, List.of(
          required("id", JsonKind.STRING, Source::getId, ImmutableSource.Builder::id, STRING, STRING_OUT),
          optional("publisher", JsonKind.STRING, Source::getPublisher, ImmutableSource.Builder::publisher, STRING,
              STRING_OUT),
          required("title", JsonKind.STRING, Source::getTitle, ImmutableSource.Builder::title, STRING, STRING_OUT),
          optional("url", JsonKind.STRING, Source::getUrl, ImmutableSource.Builder::url, STRING, STRING_OUT),
          optional("published", JsonKind.DATE, Source::getPublished, ImmutableSource.Builder::published, DATE,
              DATE_OUT)));

  static final ObjectCodec<State, ImmutableState.Builder> STATE = new ObjectCodec<>(
      State.class, State::builder, ImmutableState.Builder::build, List.of(
          required("code", JsonKind.STRING, State::getCode, ImmutableState.Builder::code, STRING, STRING_OUT),
          required("name", JsonKind.STRING, State::getName, ImmutableState.Builder::name, STRING, STRING_OUT),
          list("formerNames", State::getFormerNames, ImmutableState.Builder::addFormerNames,
              objectReader(FORMER_NAME), objectWriter(FORMER_NAME)),
          list("sources", State::getSources, ImmutableState.Builder::addSources, STRING, STRING_OUT)));

  static final ObjectCodec<MigrationFigure, ImmutableMigrationFigure.Builder> FIGURE = new ObjectCodec<>(
      MigrationFigure.class, MigrationFigure::builder, ImmutableMigrationFigure.Builder::build, List.of(
          required("metric", JsonKind.STRING, MigrationFigure::getMetric, ImmutableMigrationFigure.Builder::metric,
              STRING, STRING_OUT),
          required("value", JsonKind.NUMBER, MigrationFigure::getValue, ImmutableMigrationFigure.Builder::value,
              (p, c) -> Values.decimal(p), (v, g) -> g.writeNumber(v)),
          required("approximation", JsonKind.ENUM, MigrationFigure::getApproximation,
              ImmutableMigrationFigure.Builder::approximation, enumReader(Approximation.class), enumWriter()),
          required("scope", JsonKind.ENUM, MigrationFigure::getScope, ImmutableMigrationFigure.Builder::scope,
              enumReader(FigureScope.class), enumWriter()),
          optional("referenceDate", JsonKind.DATE, MigrationFigure::getReferenceDate,
              ImmutableMigrationFigure.Builder::referenceDate, DATE, DATE_OUT),
          list("sources", MigrationFigure::getSources, ImmutableMigrationFigure.Builder::addSources, STRING,
              STRING_OUT)));

  static final ObjectCodec<Organization, ImmutableOrganization.Builder> ORGANIZATION = new ObjectCodec<>(
      Organization.class, Organization::builder, ImmutableOrganization.Builder::build, List.of(
          required("id", JsonKind.STRING, Organization::getId, ImmutableOrganization.Builder::id, STRING,
              STRING_OUT),
          required("name", JsonKind.STRING, Organization::getName, ImmutableOrganization.Builder::name, STRING,
              STRING_OUT),
          optional("acronym", JsonKind.STRING, Organization::getAcronym, ImmutableOrganization.Builder::acronym,
              STRING, STRING_OUT),
          optional("kind", JsonKind.ENUM, Organization::getKind, ImmutableOrganization.Builder::kind,
              enumReader(OrganizationKind.class), enumWriter()),
          optional("founded", JsonKind.DATE, Organization::getFounded, ImmutableOrganization.Builder::founded, DATE,
              DATE_OUT),
          optional("parent", JsonKind.STRING, Organization::getParent, ImmutableOrganization.Builder::parent,
              STRING, STRING_OUT),
          list("formerNames", Organization::getFormerNames, ImmutableOrganization.Builder::addFormerNames,
              objectReader(FORMER_NAME), objectWriter(FORMER_NAME)),
          list("figures", Organization::getFigures, ImmutableOrganization.Builder::addFigures,
              objectReader(FIGURE), objectWriter(FIGURE)),
          list("sources", Organization::getSources, ImmutableOrganization.Builder::addSources, STRING,
              STRING_OUT)));

  static final ObjectCodec<Framework, ImmutableFramework.Builder> FRAMEWORK = new ObjectCodec<>(
      Framework.class, Framework::builder, ImmutableFramework.Builder::build, List.of(
          required("id", JsonKind.STRING, Framework::getId, ImmutableFramework.Builder::id, STRING, STRING_OUT),
          required("name", JsonKind.STRING, Framework::getName, ImmutableFramework.Builder::name, STRING,
              STRING_OUT),
          optional("acronym", JsonKind.STRING, Framework::getAcronym, ImmutableFramework.Builder::acronym, STRING,
              STRING_OUT),
          optional("adopted", JsonKind.DATE, Framework::getAdopted, ImmutableFramework.Builder::adopted, DATE,
              DATE_OUT),
          list("sources", Framework::getSources, ImmutableFramework.Builder::addSources, STRING, STRING_OUT)));

  static final ObjectCodec<Classification, ImmutableClassification.Builder> CLASSIFICATION = new ObjectCodec<>(
      Classification.class, Classification::builder, ImmutableClassification.Builder::build, List.of(
          required("kind", JsonKind.ENUM, Classification::getKind, ImmutableClassification.Builder::kind,
              enumReader(ProcessKind.class), enumWriter()),
          list("sources", Classification::getSources, ImmutableClassification.Builder::addSources, STRING,
              STRING_OUT)));

  static final ObjectCodec<MembershipRule, ImmutableMembershipRule.Builder> MEMBERSHIP_RULE = new ObjectCodec<>(
      MembershipRule.class, MembershipRule::builder, ImmutableMembershipRule.Builder::build, List.of(
          defaultedBoolean("organizationsAdmitted", MembershipRule::isOrganizationsAdmitted,
              ImmutableMembershipRule.Builder::organizationsAdmitted)));

  static final ObjectCodec<ChairingRule, ImmutableChairingRule.Builder> CHAIRING_RULE = new ObjectCodec<>(
      ChairingRule.class, ChairingRule::builder, ImmutableChairingRule.Builder::build, List.of(
          optionalInt("termMonths", ChairingRule::getTermMonths, ImmutableChairingRule.Builder::termMonths),
          defaultedInt("maxConcurrentChairs", ChairingRule::getMaxConcurrentChairs,
              ImmutableChairingRule.Builder::maxConcurrentChairs),
          defaultedBoolean("standingCoChair", ChairingRule::isStandingCoChair,
              ImmutableChairingRule.Builder::standingCoChair)));

  static final ObjectCodec<Participation, ImmutableParticipation.Builder> PARTICIPATION = new ObjectCodec<>(
      Participation.class, Participation::builder, ImmutableParticipation.Builder::build, List.of(
          required("participant", JsonKind.OBJECT, Participation::getParticipant,
              ImmutableParticipation.Builder::participant, objectReader(PARTICIPANT), objectWriter(PARTICIPANT)),
          required("role", JsonKind.ENUM, Participation::getRole, ImmutableParticipation.Builder::role,
              enumReader(Role.class), enumWriter()),
          optional("period", JsonKind.PERIOD, Participation::getPeriod, ImmutableParticipation.Builder::period,
              PERIOD, PERIOD_OUT),
          optional("asOf", JsonKind.DATE, Participation::getAsOf, ImmutableParticipation.Builder::asOf, DATE,
              DATE_OUT),
          list("sources", Participation::getSources, ImmutableParticipation.Builder::addSources, STRING,
              STRING_OUT)));

  static final ObjectCodec<Chairmanship, ImmutableChairmanship.Builder> CHAIRMANSHIP = new ObjectCodec<>(
      Chairmanship.class, Chairmanship::builder, ImmutableChairmanship.Builder::build, List.of(
          list("chairs", Chairmanship::getChairs, ImmutableChairmanship.Builder::addChairs,
              objectReader(PARTICIPANT), objectWriter(PARTICIPANT)),
          required("period", JsonKind.PERIOD, Chairmanship::getPeriod, ImmutableChairmanship.Builder::period,
              PERIOD, PERIOD_OUT),
          optional("status", JsonKind.ENUM, Chairmanship::getStatus, ImmutableChairmanship.Builder::status,
              enumReader(ChairStatus.class), enumWriter()),
          optional("coChair", JsonKind.OBJECT, Chairmanship::getCoChair, ImmutableChairmanship.Builder::coChair,
              objectReader(PARTICIPANT), objectWriter(PARTICIPANT)),
          list("sources", Chairmanship::getSources, ImmutableChairmanship.Builder::addSources, STRING,
              STRING_OUT)));

  static final ObjectCodec<Meeting, ImmutableMeeting.Builder> MEETING = new ObjectCodec<>(
      Meeting.class, Meeting::builder, ImmutableMeeting.Builder::build, List.of(
          required("id", JsonKind.STRING, Meeting::getId, ImmutableMeeting.Builder::id, STRING, STRING_OUT),
          optional("name", JsonKind.STRING, Meeting::getName, ImmutableMeeting.Builder::name, STRING, STRING_OUT),
          required("level", JsonKind.ENUM, Meeting::getLevel, ImmutableMeeting.Builder::level,
              enumReader(MeetingLevel.class), enumWriter()),
          optionalInt("ordinal", Meeting::getOrdinal, ImmutableMeeting.Builder::ordinal),
          optional("host", JsonKind.STRING, Meeting::getHost, ImmutableMeeting.Builder::host, STRING, STRING_OUT),
          optional("city", JsonKind.STRING, Meeting::getCity, ImmutableMeeting.Builder::city, STRING, STRING_OUT),
          required("period", JsonKind.PERIOD, Meeting::getPeriod, ImmutableMeeting.Builder::period, PERIOD,
              PERIOD_OUT),
          list("sources", Meeting::getSources, ImmutableMeeting.Builder::addSources, STRING, STRING_OUT)));

  static final ObjectCodec<Declaration, ImmutableDeclaration.Builder> DECLARATION = new ObjectCodec<>(
      Declaration.class, Declaration::builder, ImmutableDeclaration.Builder::build, List.of(
          required("id", JsonKind.STRING, Declaration::getId, ImmutableDeclaration.Builder::id, STRING,
              STRING_OUT),
          required("title", JsonKind.STRING, Declaration::getTitle, ImmutableDeclaration.Builder::title, STRING,
              STRING_OUT),
          required("adopted", JsonKind.DATE, Declaration::getAdopted, ImmutableDeclaration.Builder::adopted, DATE,
              DATE_OUT),
          optional("meeting", JsonKind.STRING, Declaration::getMeeting, ImmutableDeclaration.Builder::meeting,
              STRING, STRING_OUT),
          list("adopters", Declaration::getAdopters, ImmutableDeclaration.Builder::addAdopters,
              objectReader(PARTICIPANT), objectWriter(PARTICIPANT)),
          list("themes", Declaration::getThemes, ImmutableDeclaration.Builder::addThemes, STRING, STRING_OUT),
          list("frameworks", Declaration::getFrameworks, ImmutableDeclaration.Builder::addFrameworks, STRING,
              STRING_OUT),
          list("sources", Declaration::getSources, ImmutableDeclaration.Builder::addSources, STRING,
              STRING_OUT)));

  static final ObjectCodec<ConsultativeProcess, ImmutableConsultativeProcess.Builder> PROCESS =
      new ObjectCodec<>(ConsultativeProcess.class, ConsultativeProcess::builder,
          ImmutableConsultativeProcess.Builder::build, List.of(
          required("id", JsonKind.STRING, ConsultativeProcess::getId, ImmutableConsultativeProcess.Builder::id,
              STRING, STRING_OUT),
          required("name", JsonKind.STRING, ConsultativeProcess::getName,
              ImmutableConsultativeProcess.Builder::name, STRING, STRING_OUT),
          optional("acronym", JsonKind.STRING, ConsultativeProcess::getAcronym,
              ImmutableConsultativeProcess.Builder::acronym, STRING, STRING_OUT),
          required("kind", JsonKind.ENUM, ConsultativeProcess::getKind, ImmutableConsultativeProcess.Builder::kind,
              enumReader(ProcessKind.class), enumWriter()),
          list("classifications", ConsultativeProcess::getClassifications,
              ImmutableConsultativeProcess.Builder::addClassifications, objectReader(CLASSIFICATION),
              objectWriter(CLASSIFICATION)),
          optional("established", JsonKind.DATE, ConsultativeProcess::getEstablished,
              ImmutableConsultativeProcess.Builder::established, DATE, DATE_OUT),
          optional("region", JsonKind.STRING, ConsultativeProcess::getRegion,
              ImmutableConsultativeProcess.Builder::region, STRING, STRING_OUT),
          optional("purpose", JsonKind.STRING, ConsultativeProcess::getPurpose,
              ImmutableConsultativeProcess.Builder::purpose, STRING, STRING_OUT),
          defaulted("membershipRule", JsonKind.OBJECT, ConsultativeProcess::getMembershipRule,
              ImmutableConsultativeProcess.Builder::membershipRule, objectReader(MEMBERSHIP_RULE),
              objectWriter(MEMBERSHIP_RULE)),
          defaulted("chairingRule", JsonKind.OBJECT, ConsultativeProcess::getChairingRule,
              ImmutableConsultativeProcess.Builder::chairingRule, objectReader(CHAIRING_RULE),
              objectWriter(CHAIRING_RULE)),
          list("participations", ConsultativeProcess::getParticipations,
              ImmutableConsultativeProcess.Builder::addParticipations, objectReader(PARTICIPATION),
              objectWriter(PARTICIPATION)),
          list("chairs", ConsultativeProcess::getChairs, ImmutableConsultativeProcess.Builder::addChairs,
              objectReader(CHAIRMANSHIP), objectWriter(CHAIRMANSHIP)),
          list("meetings", ConsultativeProcess::getMeetings, ImmutableConsultativeProcess.Builder::addMeetings,
              objectReader(MEETING), objectWriter(MEETING)),
          list("declarations", ConsultativeProcess::getDeclarations,
              ImmutableConsultativeProcess.Builder::addDeclarations, objectReader(DECLARATION),
              objectWriter(DECLARATION)),
          list("figures", ConsultativeProcess::getFigures, ImmutableConsultativeProcess.Builder::addFigures,
              objectReader(FIGURE), objectWriter(FIGURE)),
          list("frameworks", ConsultativeProcess::getFrameworks,
              ImmutableConsultativeProcess.Builder::addFrameworks, STRING, STRING_OUT),
          list("sources", ConsultativeProcess::getSources, ImmutableConsultativeProcess.Builder::addSources,
              STRING, STRING_OUT)));

  static final ObjectCodec<Post, ImmutablePost.Builder> POST = new ObjectCodec<>(
      Post.class, Post::builder, ImmutablePost.Builder::build, List.of(
          required("title", JsonKind.STRING, Post::getTitle, ImmutablePost.Builder::title, STRING, STRING_OUT),
          optional("organization", JsonKind.STRING, Post::getOrganization, ImmutablePost.Builder::organization,
              STRING, STRING_OUT),
          optional("state", JsonKind.STRING, Post::getState, ImmutablePost.Builder::state, STRING, STRING_OUT),
          optional("period", JsonKind.PERIOD, Post::getPeriod, ImmutablePost.Builder::period, PERIOD, PERIOD_OUT),
          list("sources", Post::getSources, ImmutablePost.Builder::addSources, STRING, STRING_OUT)));

  static final ObjectCodec<Person, ImmutablePerson.Builder> PERSON = new ObjectCodec<>(
      Person.class, Person::builder, ImmutablePerson.Builder::build, List.of(
          required("id", JsonKind.STRING, Person::getId, ImmutablePerson.Builder::id, STRING, STRING_OUT),
          required("name", JsonKind.STRING, Person::getName, ImmutablePerson.Builder::name, STRING, STRING_OUT),
          list("posts", Person::getPosts, ImmutablePerson.Builder::addPosts, objectReader(POST), objectWriter(POST)),
          list("sources", Person::getSources, ImmutablePerson.Builder::addSources, STRING, STRING_OUT)));

  /** The major format version this library reads: any {@code 1.x}. */
  static final String SUPPORTED_MAJOR = "1.";

  static final ObjectCodec<Document, ImmutableDocument.Builder> DOCUMENT = new ObjectCodec<>(
      Document.class, Document::builder, ImmutableDocument.Builder::build, List.of(
          required("schemaVersion", JsonKind.STRING, Document::getSchemaVersion,
              ImmutableDocument.Builder::schemaVersion, Codecs::schemaVersion, STRING_OUT),
          optional("title", JsonKind.STRING, Document::getTitle, ImmutableDocument.Builder::title, STRING,
              STRING_OUT),
          optional("asOf", JsonKind.DATE, Document::getAsOf, ImmutableDocument.Builder::asOf, DATE, DATE_OUT),
          list("sources", Document::getSources, ImmutableDocument.Builder::addSources, objectReader(SOURCE),
              objectWriter(SOURCE)),
          list("states", Document::getStates, ImmutableDocument.Builder::addStates, objectReader(STATE),
              objectWriter(STATE)),
          list("organizations", Document::getOrganizations, ImmutableDocument.Builder::addOrganizations,
              objectReader(ORGANIZATION), objectWriter(ORGANIZATION)),
          list("frameworks", Document::getFrameworks, ImmutableDocument.Builder::addFrameworks,
              objectReader(FRAMEWORK), objectWriter(FRAMEWORK)),
          list("processes", Document::getProcesses, ImmutableDocument.Builder::addProcesses,
              objectReader(PROCESS), objectWriter(PROCESS)),
          list("people", Document::getPeople, ImmutableDocument.Builder::addPeople, objectReader(PERSON),
              objectWriter(PERSON))));

  private static String schemaVersion(JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
    String version = Values.string(p);
    if (!version.startsWith(SUPPORTED_MAJOR) || !version.matches("1\\.[0-9]+")) {
      throw InputProblem.at(p, Codes.FIELD_INVALID, "Unsupported schemaVersion '" + version
          + "'; this library reads format 1.x (it writes " + Document.CURRENT_SCHEMA_VERSION + ")");
    }
    return version;
  }

  /** Every codec, in dependency order. */
  static final List<ObjectCodec<?, ?>> ALL = List.of(PARTICIPANT, FORMER_NAME, SOURCE, STATE, FIGURE, ORGANIZATION,
      FRAMEWORK, CLASSIFICATION, MEMBERSHIP_RULE, CHAIRING_RULE, PARTICIPATION, CHAIRMANSHIP, MEETING, DECLARATION,
      PROCESS, POST, PERSON, DOCUMENT);
}

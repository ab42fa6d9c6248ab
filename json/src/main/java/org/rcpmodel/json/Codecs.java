package org.rcpmodel.json;

import static org.rcpmodel.json.ObjectCodec.list;
import static org.rcpmodel.json.ObjectCodec.optional;
import static org.rcpmodel.json.ObjectCodec.required;
import static org.rcpmodel.json.ObjectCodec.writeBoolean;
import static org.rcpmodel.json.ObjectCodec.writeDate;
import static org.rcpmodel.json.ObjectCodec.writeDecimal;
import static org.rcpmodel.json.ObjectCodec.writeEnum;
import static org.rcpmodel.json.ObjectCodec.writeInt;
import static org.rcpmodel.json.ObjectCodec.writeOptionalDate;
import static org.rcpmodel.json.ObjectCodec.writeOptionalEnum;
import static org.rcpmodel.json.ObjectCodec.writeOptionalInt;
import static org.rcpmodel.json.ObjectCodec.writeOptionalPeriod;
import static org.rcpmodel.json.ObjectCodec.writeOptionalString;
import static org.rcpmodel.json.ObjectCodec.writePeriod;
import static org.rcpmodel.json.ObjectCodec.writeString;
import static org.rcpmodel.json.ObjectCodec.writeStrings;
import static org.rcpmodel.json.ObjectCodec.writeTrue;
import static org.rcpmodel.json.Values.bool;
import static org.rcpmodel.json.Values.decimal;
import static org.rcpmodel.json.Values.enumValue;
import static org.rcpmodel.json.Values.integer;
import static org.rcpmodel.json.Values.nextElement;
import static org.rcpmodel.json.Values.startArray;
import static org.rcpmodel.json.Values.string;

import java.util.List;
import org.rcpmodel.Approximation;
import org.rcpmodel.BodyKind;
import org.rcpmodel.BodyMember;
import org.rcpmodel.ChairSelection;
import org.rcpmodel.ChairStatus;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Classification;
import org.rcpmodel.CompleteList;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FigureScope;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.GovernanceBody;
import org.rcpmodel.ImmutableBodyMember;
import org.rcpmodel.ImmutableChairingRule;
import org.rcpmodel.ImmutableChairmanship;
import org.rcpmodel.ImmutableClassification;
import org.rcpmodel.ImmutableCompleteList;
import org.rcpmodel.ImmutableConsultativeProcess;
import org.rcpmodel.ImmutableDeclaration;
import org.rcpmodel.ImmutableDocument;
import org.rcpmodel.ImmutableFormerName;
import org.rcpmodel.ImmutableFramework;
import org.rcpmodel.ImmutableGovernanceBody;
import org.rcpmodel.ImmutableMeeting;
import org.rcpmodel.ImmutableMembershipRule;
import org.rcpmodel.ImmutableMigrationFigure;
import org.rcpmodel.ImmutableOrganization;
import org.rcpmodel.ImmutableOtherName;
import org.rcpmodel.ImmutableParticipant;
import org.rcpmodel.ImmutableParticipantCount;
import org.rcpmodel.ImmutableParticipantGroup;
import org.rcpmodel.ImmutableParticipation;
import org.rcpmodel.ImmutablePerson;
import org.rcpmodel.ImmutablePost;
import org.rcpmodel.ImmutableSecretariat;
import org.rcpmodel.ImmutableSource;
import org.rcpmodel.ImmutableState;
import org.rcpmodel.ImmutableStatement;
import org.rcpmodel.Meeting;
import org.rcpmodel.MeetingLevel;
import org.rcpmodel.MembershipRule;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.OrganizationKind;
import org.rcpmodel.OtherName;
import org.rcpmodel.Participant;
import org.rcpmodel.ParticipantCount;
import org.rcpmodel.ParticipantGroup;
import org.rcpmodel.ParticipantKind;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.ProcessKind;
import org.rcpmodel.Role;
import org.rcpmodel.Secretariat;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.StatedProperty;
import org.rcpmodel.Statement;
import org.rcpmodel.json.ObjectCodec.JsonKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The document format, one codec per model type. The order of each table is the write order; see
 * docs/FORMAT.md. {@code readProperty} switches on the property's name, and {@code writeProperties}
 * writes in table order; {@link ObjectCodec} says how to add a property. Lists are read straight
 * into the builder, element by element. Every codec here is immutable and thread-safe.
 */
final class Codecs {

  private Codecs() {}

  static final ParticipantCodec PARTICIPANT = new ParticipantCodec();

  static final class ParticipantCodec extends ObjectCodec<Participant, ImmutableParticipant.Builder> {
    private ParticipantCodec() {
      super(Participant.class, List.of(
          optional("state", JsonKind.STRING),
          optional("organization", JsonKind.STRING)));
    }

    @Override
    ImmutableParticipant.Builder newBuilder() {
      return ImmutableParticipant.builder();
    }

    @Override
    Participant build(ImmutableParticipant.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableParticipant.Builder b) {
      switch (name) {
        case "state" -> b.state(ctx.name(p));
        case "organization" -> b.organization(ctx.name(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Participant v, JsonGenerator g) {
      writeOptionalString(g, "state", v.getState());
      writeOptionalString(g, "organization", v.getOrganization());
    }
  }

  static final FormerNameCodec FORMER_NAME = new FormerNameCodec();

  static final class FormerNameCodec extends ObjectCodec<FormerName, ImmutableFormerName.Builder> {
    private FormerNameCodec() {
      super(FormerName.class, List.of(
          required("name", JsonKind.STRING),
          required("period", JsonKind.PERIOD)));
    }

    @Override
    ImmutableFormerName.Builder newBuilder() {
      return ImmutableFormerName.builder();
    }

    @Override
    FormerName build(ImmutableFormerName.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableFormerName.Builder b) {
      switch (name) {
        case "name" -> b.name(string(p));
        case "period" -> b.period(ctx.period(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(FormerName v, JsonGenerator g) {
      writeString(g, "name", v.getName());
      writePeriod(g, "period", v.getPeriod());
    }
  }

  static final OtherNameCodec OTHER_NAME = new OtherNameCodec();

  static final class OtherNameCodec extends ObjectCodec<OtherName, ImmutableOtherName.Builder> {
    private OtherNameCodec() {
      super(OtherName.class, List.of(
          required("name", JsonKind.STRING),
          optional("acronym", JsonKind.STRING),
          optional("language", JsonKind.STRING),
          optional("period", JsonKind.PERIOD),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableOtherName.Builder newBuilder() {
      return OtherName.builder();
    }

    @Override
    OtherName build(ImmutableOtherName.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableOtherName.Builder b) {
      switch (name) {
        case "name" -> b.name(string(p));
        case "acronym" -> b.acronym(string(p));
        case "language" -> b.language(ctx.name(p));
        case "period" -> b.period(ctx.period(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(OtherName v, JsonGenerator g) {
      writeString(g, "name", v.getName());
      writeOptionalString(g, "acronym", v.getAcronym());
      writeOptionalString(g, "language", v.getLanguage());
      writeOptionalPeriod(g, "period", v.getPeriod());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final SourceCodec SOURCE = new SourceCodec();

  static final class SourceCodec extends ObjectCodec<Source, ImmutableSource.Builder> {
    private SourceCodec() {
      super(Source.class, List.of(
          required("id", JsonKind.STRING),
          optional("publisher", JsonKind.STRING),
          required("title", JsonKind.STRING),
          optional("url", JsonKind.STRING),
          optional("published", JsonKind.DATE),
          optional("accessed", JsonKind.DATE),
          optional("supersedes", JsonKind.STRING),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableSource.Builder newBuilder() {
      return Source.builder();
    }

    @Override
    Source build(ImmutableSource.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableSource.Builder b) {
      switch (name) {
        case "id" -> b.id(ctx.name(p));
        case "publisher" -> b.publisher(string(p));
        case "title" -> b.title(string(p));
        case "url" -> b.url(string(p));
        case "published" -> b.published(ctx.date(p));
        case "accessed" -> b.accessed(ctx.date(p));
        case "supersedes" -> b.supersedes(ctx.name(p));
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Source v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeOptionalString(g, "publisher", v.getPublisher());
      writeString(g, "title", v.getTitle());
      writeOptionalString(g, "url", v.getUrl());
      writeOptionalDate(g, "published", v.getPublished());
      writeOptionalDate(g, "accessed", v.getAccessed());
      writeOptionalString(g, "supersedes", v.getSupersedes());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final StateCodec STATE = new StateCodec();

  static final class StateCodec extends ObjectCodec<State, ImmutableState.Builder> {
    private StateCodec() {
      super(State.class, List.of(
          required("code", JsonKind.STRING),
          required("name", JsonKind.STRING),
          list("formerNames"),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableState.Builder newBuilder() {
      return State.builder();
    }

    @Override
    State build(ImmutableState.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableState.Builder b) {
      switch (name) {
        case "code" -> b.code(ctx.name(p));
        case "name" -> b.name(string(p));
        case "formerNames" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFormerNames(FORMER_NAME.read(p, ctx));
          }
        }
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(State v, JsonGenerator g) {
      writeString(g, "code", v.getCode());
      writeString(g, "name", v.getName());
      FORMER_NAME.writeObjects(g, "formerNames", v.getFormerNames());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final FigureCodec FIGURE = new FigureCodec();

  static final class FigureCodec extends ObjectCodec<MigrationFigure, ImmutableMigrationFigure.Builder> {
    private FigureCodec() {
      super(MigrationFigure.class, List.of(
          required("metric", JsonKind.STRING),
          required("value", JsonKind.NUMBER),
          required("approximation", JsonKind.ENUM),
          required("scope", JsonKind.ENUM),
          optional("referenceDate", JsonKind.DATE),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableMigrationFigure.Builder newBuilder() {
      return MigrationFigure.builder();
    }

    @Override
    MigrationFigure build(ImmutableMigrationFigure.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableMigrationFigure.Builder b) {
      switch (name) {
        case "metric" -> b.metric(string(p));
        case "value" -> b.value(decimal(p));
        case "approximation" -> b.approximation(enumValue(p, Approximation.class));
        case "scope" -> b.scope(enumValue(p, FigureScope.class));
        case "referenceDate" -> b.referenceDate(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(MigrationFigure v, JsonGenerator g) {
      writeString(g, "metric", v.getMetric());
      writeDecimal(g, "value", v.getValue());
      writeEnum(g, "approximation", v.getApproximation());
      writeEnum(g, "scope", v.getScope());
      writeOptionalDate(g, "referenceDate", v.getReferenceDate());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final OrganizationCodec ORGANIZATION = new OrganizationCodec();

  static final class OrganizationCodec extends ObjectCodec<Organization, ImmutableOrganization.Builder> {
    private OrganizationCodec() {
      super(Organization.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          list("otherNames"),
          optional("acronym", JsonKind.STRING),
          optional("kind", JsonKind.ENUM),
          optional("founded", JsonKind.DATE),
          optional("parent", JsonKind.STRING),
          list("formerNames"),
          list("figures"),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableOrganization.Builder newBuilder() {
      return Organization.builder();
    }

    @Override
    Organization build(ImmutableOrganization.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableOrganization.Builder b) {
      switch (name) {
        case "id" -> b.id(ctx.name(p));
        case "name" -> b.name(string(p));
        case "otherNames" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addOtherNames(OTHER_NAME.read(p, ctx));
          }
        }
        case "acronym" -> b.acronym(string(p));
        case "kind" -> b.kind(enumValue(p, OrganizationKind.class));
        case "founded" -> b.founded(ctx.date(p));
        case "parent" -> b.parent(ctx.name(p));
        case "formerNames" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFormerNames(FORMER_NAME.read(p, ctx));
          }
        }
        case "figures" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFigures(FIGURE.read(p, ctx));
          }
        }
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Organization v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      OTHER_NAME.writeObjects(g, "otherNames", v.getOtherNames());
      writeOptionalString(g, "acronym", v.getAcronym());
      writeOptionalEnum(g, "kind", v.getKind());
      writeOptionalDate(g, "founded", v.getFounded());
      writeOptionalString(g, "parent", v.getParent());
      FORMER_NAME.writeObjects(g, "formerNames", v.getFormerNames());
      FIGURE.writeObjects(g, "figures", v.getFigures());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final FrameworkCodec FRAMEWORK = new FrameworkCodec();

  static final class FrameworkCodec extends ObjectCodec<Framework, ImmutableFramework.Builder> {
    private FrameworkCodec() {
      super(Framework.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          optional("acronym", JsonKind.STRING),
          optional("adopted", JsonKind.DATE),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableFramework.Builder newBuilder() {
      return Framework.builder();
    }

    @Override
    Framework build(ImmutableFramework.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableFramework.Builder b) {
      switch (name) {
        case "id" -> b.id(ctx.name(p));
        case "name" -> b.name(string(p));
        case "acronym" -> b.acronym(string(p));
        case "adopted" -> b.adopted(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Framework v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      writeOptionalString(g, "acronym", v.getAcronym());
      writeOptionalDate(g, "adopted", v.getAdopted());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final ClassificationCodec CLASSIFICATION = new ClassificationCodec();

  static final class ClassificationCodec extends ObjectCodec<Classification, ImmutableClassification.Builder> {
    private ClassificationCodec() {
      super(Classification.class, List.of(
          required("kind", JsonKind.ENUM),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableClassification.Builder newBuilder() {
      return Classification.builder();
    }

    @Override
    Classification build(ImmutableClassification.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableClassification.Builder b) {
      switch (name) {
        case "kind" -> b.kind(enumValue(p, ProcessKind.class));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Classification v, JsonGenerator g) {
      writeEnum(g, "kind", v.getKind());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final StatementCodec STATEMENT = new StatementCodec();

  static final class StatementCodec extends ObjectCodec<Statement, ImmutableStatement.Builder> {
    private StatementCodec() {
      super(Statement.class, List.of(
          required("property", JsonKind.ENUM),
          optional("date", JsonKind.DATE),
          optional("text", JsonKind.STRING),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableStatement.Builder newBuilder() {
      return Statement.builder();
    }

    @Override
    Statement build(ImmutableStatement.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableStatement.Builder b) {
      switch (name) {
        case "property" -> b.property(enumValue(p, StatedProperty.class));
        case "date" -> b.date(ctx.date(p));
        case "text" -> b.text(string(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Statement v, JsonGenerator g) {
      writeEnum(g, "property", v.getProperty());
      writeOptionalDate(g, "date", v.getDate());
      writeOptionalString(g, "text", v.getText());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final MembershipRuleCodec MEMBERSHIP_RULE = new MembershipRuleCodec();

  static final class MembershipRuleCodec extends ObjectCodec<MembershipRule, ImmutableMembershipRule.Builder> {
    private MembershipRuleCodec() {
      super(MembershipRule.class, List.of(
          optional("organizationsAdmitted", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableMembershipRule.Builder newBuilder() {
      return MembershipRule.builder();
    }

    @Override
    MembershipRule build(ImmutableMembershipRule.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableMembershipRule.Builder b) {
      switch (name) {
        case "organizationsAdmitted" -> b.organizationsAdmitted(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(MembershipRule v, JsonGenerator g) {
      writeBoolean(g, "organizationsAdmitted", v.isOrganizationsAdmitted());
    }
  }

  static final ChairingRuleCodec CHAIRING_RULE = new ChairingRuleCodec();

  static final class ChairingRuleCodec extends ObjectCodec<ChairingRule, ImmutableChairingRule.Builder> {
    private ChairingRuleCodec() {
      super(ChairingRule.class, List.of(
          optional("termMonths", JsonKind.INTEGER),
          optional("maxConcurrentChairs", JsonKind.INTEGER),
          optional("standingCoChair", JsonKind.BOOLEAN),
          optional("selection", JsonKind.ENUM),
          optional("officeTitle", JsonKind.STRING),
          list("rotationGroups"),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableChairingRule.Builder newBuilder() {
      return ChairingRule.builder();
    }

    @Override
    ChairingRule build(ImmutableChairingRule.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableChairingRule.Builder b) {
      switch (name) {
        case "termMonths" -> b.termMonths(integer(p));
        case "maxConcurrentChairs" -> b.maxConcurrentChairs(integer(p));
        case "standingCoChair" -> b.standingCoChair(bool(p));
        case "selection" -> b.selection(enumValue(p, ChairSelection.class));
        case "officeTitle" -> b.officeTitle(string(p));
        case "rotationGroups" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addRotationGroups(ctx.name(p));
          }
        }
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(ChairingRule v, JsonGenerator g) {
      writeOptionalInt(g, "termMonths", v.getTermMonths());
      writeInt(g, "maxConcurrentChairs", v.getMaxConcurrentChairs());
      writeBoolean(g, "standingCoChair", v.isStandingCoChair());
      writeOptionalEnum(g, "selection", v.getSelection());
      writeOptionalString(g, "officeTitle", v.getOfficeTitle());
      writeStrings(g, "rotationGroups", v.getRotationGroups());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final ParticipationCodec PARTICIPATION = new ParticipationCodec();

  static final class ParticipationCodec extends ObjectCodec<Participation, ImmutableParticipation.Builder> {
    private ParticipationCodec() {
      super(Participation.class, List.of(
          required("participant", JsonKind.OBJECT),
          required("role", JsonKind.ENUM),
          optional("period", JsonKind.PERIOD),
          optional("asOf", JsonKind.DATE),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableParticipation.Builder newBuilder() {
      return Participation.builder();
    }

    @Override
    Participation build(ImmutableParticipation.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableParticipation.Builder b) {
      switch (name) {
        case "participant" -> b.participant(PARTICIPANT.read(p, ctx));
        case "role" -> b.role(enumValue(p, Role.class));
        case "period" -> b.period(ctx.period(p));
        case "asOf" -> b.asOf(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Participation v, JsonGenerator g) {
      PARTICIPANT.writeObject(g, "participant", v.getParticipant());
      writeEnum(g, "role", v.getRole());
      writeOptionalPeriod(g, "period", v.getPeriod());
      writeOptionalDate(g, "asOf", v.getAsOf());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final CountCodec COUNT = new CountCodec();

  static final class CountCodec extends ObjectCodec<ParticipantCount, ImmutableParticipantCount.Builder> {
    private CountCodec() {
      super(ParticipantCount.class, List.of(
          required("role", JsonKind.ENUM),
          optional("participantKind", JsonKind.ENUM),
          required("value", JsonKind.INTEGER),
          optional("approximation", JsonKind.ENUM),
          optional("asOf", JsonKind.DATE),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableParticipantCount.Builder newBuilder() {
      return ParticipantCount.builder();
    }

    @Override
    ParticipantCount build(ImmutableParticipantCount.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableParticipantCount.Builder b) {
      switch (name) {
        case "role" -> b.role(enumValue(p, Role.class));
        case "participantKind" -> b.participantKind(enumValue(p, ParticipantKind.class));
        case "value" -> b.value(integer(p));
        case "approximation" -> b.approximation(enumValue(p, Approximation.class));
        case "asOf" -> b.asOf(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(ParticipantCount v, JsonGenerator g) {
      writeEnum(g, "role", v.getRole());
      writeOptionalEnum(g, "participantKind", v.getParticipantKind());
      writeInt(g, "value", v.getValue());
      writeOptionalEnum(g, "approximation", v.getApproximation());
      writeOptionalDate(g, "asOf", v.getAsOf());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final GroupCodec GROUP = new GroupCodec();

  static final class GroupCodec extends ObjectCodec<ParticipantGroup, ImmutableParticipantGroup.Builder> {
    private GroupCodec() {
      super(ParticipantGroup.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          optional("membersOf", JsonKind.STRING),
          list("members"),
          optional("role", JsonKind.ENUM),
          optional("period", JsonKind.PERIOD),
          optional("asOf", JsonKind.DATE),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableParticipantGroup.Builder newBuilder() {
      return ParticipantGroup.builder();
    }

    @Override
    ParticipantGroup build(ImmutableParticipantGroup.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableParticipantGroup.Builder b) {
      switch (name) {
        case "id" -> b.id(ctx.name(p));
        case "name" -> b.name(string(p));
        case "membersOf" -> b.membersOf(ctx.name(p));
        case "members" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addMembers(PARTICIPANT.read(p, ctx));
          }
        }
        case "role" -> b.role(enumValue(p, Role.class));
        case "period" -> b.period(ctx.period(p));
        case "asOf" -> b.asOf(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(ParticipantGroup v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      writeOptionalString(g, "membersOf", v.getMembersOf());
      PARTICIPANT.writeObjects(g, "members", v.getMembers());
      writeOptionalEnum(g, "role", v.getRole());
      writeOptionalPeriod(g, "period", v.getPeriod());
      writeOptionalDate(g, "asOf", v.getAsOf());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final CompleteListCodec COMPLETE_LIST = new CompleteListCodec();

  static final class CompleteListCodec extends ObjectCodec<CompleteList, ImmutableCompleteList.Builder> {
    private CompleteListCodec() {
      super(CompleteList.class, List.of(
          required("role", JsonKind.ENUM),
          required("asOf", JsonKind.DATE),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableCompleteList.Builder newBuilder() {
      return CompleteList.builder();
    }

    @Override
    CompleteList build(ImmutableCompleteList.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableCompleteList.Builder b) {
      switch (name) {
        case "role" -> b.role(enumValue(p, Role.class));
        case "asOf" -> b.asOf(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(CompleteList v, JsonGenerator g) {
      writeEnum(g, "role", v.getRole());
      writeDate(g, "asOf", v.getAsOf());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final SecretariatCodec SECRETARIAT = new SecretariatCodec();

  static final class SecretariatCodec extends ObjectCodec<Secretariat, ImmutableSecretariat.Builder> {
    private SecretariatCodec() {
      super(Secretariat.class, List.of(
          required("role", JsonKind.ENUM),
          list("performers"),
          optional("chairingState", JsonKind.BOOLEAN),
          optional("body", JsonKind.STRING),
          optional("host", JsonKind.STRING),
          optional("period", JsonKind.PERIOD),
          optional("asOf", JsonKind.DATE),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableSecretariat.Builder newBuilder() {
      return Secretariat.builder();
    }

    @Override
    Secretariat build(ImmutableSecretariat.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableSecretariat.Builder b) {
      switch (name) {
        case "role" -> b.role(enumValue(p, Role.class));
        case "performers" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addPerformers(PARTICIPANT.read(p, ctx));
          }
        }
        case "chairingState" -> b.chairingState(bool(p));
        case "body" -> b.body(ctx.name(p));
        case "host" -> b.host(ctx.name(p));
        case "period" -> b.period(ctx.period(p));
        case "asOf" -> b.asOf(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Secretariat v, JsonGenerator g) {
      writeEnum(g, "role", v.getRole());
      PARTICIPANT.writeObjects(g, "performers", v.getPerformers());
      writeTrue(g, "chairingState", v.isChairingState());
      writeOptionalString(g, "body", v.getBody());
      writeOptionalString(g, "host", v.getHost());
      writeOptionalPeriod(g, "period", v.getPeriod());
      writeOptionalDate(g, "asOf", v.getAsOf());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final BodyMemberCodec BODY_MEMBER = new BodyMemberCodec();

  static final class BodyMemberCodec extends ObjectCodec<BodyMember, ImmutableBodyMember.Builder> {
    private BodyMemberCodec() {
      super(BodyMember.class, List.of(
          required("participant", JsonKind.OBJECT),
          optional("chair", JsonKind.BOOLEAN),
          optional("period", JsonKind.PERIOD),
          optional("asOf", JsonKind.DATE),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableBodyMember.Builder newBuilder() {
      return BodyMember.builder();
    }

    @Override
    BodyMember build(ImmutableBodyMember.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableBodyMember.Builder b) {
      switch (name) {
        case "participant" -> b.participant(PARTICIPANT.read(p, ctx));
        case "chair" -> b.chair(bool(p));
        case "period" -> b.period(ctx.period(p));
        case "asOf" -> b.asOf(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(BodyMember v, JsonGenerator g) {
      PARTICIPANT.writeObject(g, "participant", v.getParticipant());
      writeTrue(g, "chair", v.isChair());
      writeOptionalPeriod(g, "period", v.getPeriod());
      writeOptionalDate(g, "asOf", v.getAsOf());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final BodyCodec BODY = new BodyCodec();

  static final class BodyCodec extends ObjectCodec<GovernanceBody, ImmutableGovernanceBody.Builder> {
    private BodyCodec() {
      super(GovernanceBody.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          required("kind", JsonKind.ENUM),
          optional("period", JsonKind.PERIOD),
          list("members"),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableGovernanceBody.Builder newBuilder() {
      return GovernanceBody.builder();
    }

    @Override
    GovernanceBody build(ImmutableGovernanceBody.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableGovernanceBody.Builder b) {
      switch (name) {
        case "id" -> b.id(ctx.name(p));
        case "name" -> b.name(string(p));
        case "kind" -> b.kind(enumValue(p, BodyKind.class));
        case "period" -> b.period(ctx.period(p));
        case "members" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addMembers(BODY_MEMBER.read(p, ctx));
          }
        }
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(GovernanceBody v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      writeEnum(g, "kind", v.getKind());
      writeOptionalPeriod(g, "period", v.getPeriod());
      BODY_MEMBER.writeObjects(g, "members", v.getMembers());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final ChairmanshipCodec CHAIRMANSHIP = new ChairmanshipCodec();

  static final class ChairmanshipCodec extends ObjectCodec<Chairmanship, ImmutableChairmanship.Builder> {
    private ChairmanshipCodec() {
      super(Chairmanship.class, List.of(
          optional("id", JsonKind.STRING),
          optional("ordinal", JsonKind.INTEGER),
          list("chairs"),
          required("period", JsonKind.PERIOD),
          optional("status", JsonKind.ENUM),
          optional("coChair", JsonKind.OBJECT),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableChairmanship.Builder newBuilder() {
      return Chairmanship.builder();
    }

    @Override
    Chairmanship build(ImmutableChairmanship.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableChairmanship.Builder b) {
      switch (name) {
        case "id" -> b.id(ctx.name(p));
        case "ordinal" -> b.ordinal(integer(p));
        case "chairs" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addChairs(PARTICIPANT.read(p, ctx));
          }
        }
        case "period" -> b.period(ctx.period(p));
        case "status" -> b.status(enumValue(p, ChairStatus.class));
        case "coChair" -> b.coChair(PARTICIPANT.read(p, ctx));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Chairmanship v, JsonGenerator g) {
      writeOptionalString(g, "id", v.getId());
      writeOptionalInt(g, "ordinal", v.getOrdinal());
      PARTICIPANT.writeObjects(g, "chairs", v.getChairs());
      writePeriod(g, "period", v.getPeriod());
      writeOptionalEnum(g, "status", v.getStatus());
      PARTICIPANT.writeOptionalObject(g, "coChair", v.getCoChair());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final MeetingCodec MEETING = new MeetingCodec();

  static final class MeetingCodec extends ObjectCodec<Meeting, ImmutableMeeting.Builder> {
    private MeetingCodec() {
      super(Meeting.class, List.of(
          required("id", JsonKind.STRING),
          optional("name", JsonKind.STRING),
          required("level", JsonKind.ENUM),
          optional("ordinal", JsonKind.INTEGER),
          optional("host", JsonKind.STRING),
          optional("city", JsonKind.STRING),
          required("period", JsonKind.PERIOD),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableMeeting.Builder newBuilder() {
      return Meeting.builder();
    }

    @Override
    Meeting build(ImmutableMeeting.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableMeeting.Builder b) {
      switch (name) {
        case "id" -> b.id(ctx.name(p));
        case "name" -> b.name(string(p));
        case "level" -> b.level(enumValue(p, MeetingLevel.class));
        case "ordinal" -> b.ordinal(integer(p));
        case "host" -> b.host(ctx.name(p));
        case "city" -> b.city(string(p));
        case "period" -> b.period(ctx.period(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Meeting v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeOptionalString(g, "name", v.getName());
      writeEnum(g, "level", v.getLevel());
      writeOptionalInt(g, "ordinal", v.getOrdinal());
      writeOptionalString(g, "host", v.getHost());
      writeOptionalString(g, "city", v.getCity());
      writePeriod(g, "period", v.getPeriod());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final DeclarationCodec DECLARATION = new DeclarationCodec();

  static final class DeclarationCodec extends ObjectCodec<Declaration, ImmutableDeclaration.Builder> {
    private DeclarationCodec() {
      super(Declaration.class, List.of(
          required("id", JsonKind.STRING),
          required("title", JsonKind.STRING),
          required("adopted", JsonKind.DATE),
          optional("meeting", JsonKind.STRING),
          list("adopters"),
          list("themes"),
          list("frameworks"),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableDeclaration.Builder newBuilder() {
      return Declaration.builder();
    }

    @Override
    Declaration build(ImmutableDeclaration.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableDeclaration.Builder b) {
      switch (name) {
        case "id" -> b.id(string(p));
        case "title" -> b.title(string(p));
        case "adopted" -> b.adopted(ctx.date(p));
        case "meeting" -> b.meeting(ctx.name(p));
        case "adopters" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addAdopters(PARTICIPANT.read(p, ctx));
          }
        }
        case "themes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addThemes(string(p));
          }
        }
        case "frameworks" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFrameworks(ctx.name(p));
          }
        }
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Declaration v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "title", v.getTitle());
      writeDate(g, "adopted", v.getAdopted());
      writeOptionalString(g, "meeting", v.getMeeting());
      PARTICIPANT.writeObjects(g, "adopters", v.getAdopters());
      writeStrings(g, "themes", v.getThemes());
      writeStrings(g, "frameworks", v.getFrameworks());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final ProcessCodec PROCESS = new ProcessCodec();

  static final class ProcessCodec extends ObjectCodec<ConsultativeProcess, ImmutableConsultativeProcess.Builder> {
    private ProcessCodec() {
      super(ConsultativeProcess.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          optional("acronym", JsonKind.STRING),
          list("otherNames"),
          required("kind", JsonKind.ENUM),
          list("classifications"),
          optional("established", JsonKind.DATE),
          list("statements"),
          optional("region", JsonKind.STRING),
          optional("purpose", JsonKind.STRING),
          optional("membershipRule", JsonKind.OBJECT),
          optional("chairingRule", JsonKind.OBJECT),
          list("participations"),
          list("participantCounts"),
          list("groups"),
          list("completeLists"),
          list("secretariats"),
          list("bodies"),
          list("chairs"),
          list("meetings"),
          list("declarations"),
          list("figures"),
          list("frameworks"),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutableConsultativeProcess.Builder newBuilder() {
      return ConsultativeProcess.builder();
    }

    @Override
    ConsultativeProcess build(ImmutableConsultativeProcess.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableConsultativeProcess.Builder b) {
      switch (name) {
        case "id" -> b.id(string(p));
        case "name" -> b.name(string(p));
        case "acronym" -> b.acronym(string(p));
        case "otherNames" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addOtherNames(OTHER_NAME.read(p, ctx));
          }
        }
        case "kind" -> b.kind(enumValue(p, ProcessKind.class));
        case "classifications" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addClassifications(CLASSIFICATION.read(p, ctx));
          }
        }
        case "established" -> b.established(ctx.date(p));
        case "statements" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addStatements(STATEMENT.read(p, ctx));
          }
        }
        case "region" -> b.region(string(p));
        case "purpose" -> b.purpose(string(p));
        case "membershipRule" -> b.membershipRule(MEMBERSHIP_RULE.read(p, ctx));
        case "chairingRule" -> b.chairingRule(CHAIRING_RULE.read(p, ctx));
        case "participations" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addParticipations(PARTICIPATION.read(p, ctx));
          }
        }
        case "participantCounts" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addParticipantCounts(COUNT.read(p, ctx));
          }
        }
        case "groups" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addGroups(GROUP.read(p, ctx));
          }
        }
        case "completeLists" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addCompleteLists(COMPLETE_LIST.read(p, ctx));
          }
        }
        case "secretariats" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSecretariats(SECRETARIAT.read(p, ctx));
          }
        }
        case "bodies" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addBodies(BODY.read(p, ctx));
          }
        }
        case "chairs" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addChairs(CHAIRMANSHIP.read(p, ctx));
          }
        }
        case "meetings" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addMeetings(MEETING.read(p, ctx));
          }
        }
        case "declarations" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addDeclarations(DECLARATION.read(p, ctx));
          }
        }
        case "figures" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFigures(FIGURE.read(p, ctx));
          }
        }
        case "frameworks" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFrameworks(ctx.name(p));
          }
        }
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(ConsultativeProcess v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      writeOptionalString(g, "acronym", v.getAcronym());
      OTHER_NAME.writeObjects(g, "otherNames", v.getOtherNames());
      writeEnum(g, "kind", v.getKind());
      CLASSIFICATION.writeObjects(g, "classifications", v.getClassifications());
      writeOptionalDate(g, "established", v.getEstablished());
      STATEMENT.writeObjects(g, "statements", v.getStatements());
      writeOptionalString(g, "region", v.getRegion());
      writeOptionalString(g, "purpose", v.getPurpose());
      MEMBERSHIP_RULE.writeObject(g, "membershipRule", v.getMembershipRule());
      CHAIRING_RULE.writeObject(g, "chairingRule", v.getChairingRule());
      PARTICIPATION.writeObjects(g, "participations", v.getParticipations());
      COUNT.writeObjects(g, "participantCounts", v.getParticipantCounts());
      GROUP.writeObjects(g, "groups", v.getGroups());
      COMPLETE_LIST.writeObjects(g, "completeLists", v.getCompleteLists());
      SECRETARIAT.writeObjects(g, "secretariats", v.getSecretariats());
      BODY.writeObjects(g, "bodies", v.getBodies());
      CHAIRMANSHIP.writeObjects(g, "chairs", v.getChairs());
      MEETING.writeObjects(g, "meetings", v.getMeetings());
      DECLARATION.writeObjects(g, "declarations", v.getDeclarations());
      FIGURE.writeObjects(g, "figures", v.getFigures());
      writeStrings(g, "frameworks", v.getFrameworks());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final PostCodec POST = new PostCodec();

  static final class PostCodec extends ObjectCodec<Post, ImmutablePost.Builder> {
    private PostCodec() {
      super(Post.class, List.of(
          required("title", JsonKind.STRING),
          optional("organization", JsonKind.STRING),
          optional("state", JsonKind.STRING),
          optional("process", JsonKind.STRING),
          optional("chairTerm", JsonKind.STRING),
          optional("period", JsonKind.PERIOD),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutablePost.Builder newBuilder() {
      return Post.builder();
    }

    @Override
    Post build(ImmutablePost.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutablePost.Builder b) {
      switch (name) {
        case "title" -> b.title(string(p));
        case "organization" -> b.organization(ctx.name(p));
        case "state" -> b.state(ctx.name(p));
        case "process" -> b.process(ctx.name(p));
        case "chairTerm" -> b.chairTerm(ctx.name(p));
        case "period" -> b.period(ctx.period(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Post v, JsonGenerator g) {
      writeString(g, "title", v.getTitle());
      writeOptionalString(g, "organization", v.getOrganization());
      writeOptionalString(g, "state", v.getState());
      writeOptionalString(g, "process", v.getProcess());
      writeOptionalString(g, "chairTerm", v.getChairTerm());
      writeOptionalPeriod(g, "period", v.getPeriod());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final PersonCodec PERSON = new PersonCodec();

  static final class PersonCodec extends ObjectCodec<Person, ImmutablePerson.Builder> {
    private PersonCodec() {
      super(Person.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          list("posts"),
          list("sources"),
          list("notes"),
          optional("inferred", JsonKind.BOOLEAN)));
    }

    @Override
    ImmutablePerson.Builder newBuilder() {
      return Person.builder();
    }

    @Override
    Person build(ImmutablePerson.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutablePerson.Builder b) {
      switch (name) {
        case "id" -> b.id(string(p));
        case "name" -> b.name(string(p));
        case "posts" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addPosts(POST.read(p, ctx));
          }
        }
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        case "notes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addNotes(string(p));
          }
        }
        case "inferred" -> b.inferred(bool(p));
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Person v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      POST.writeObjects(g, "posts", v.getPosts());
      writeStrings(g, "sources", v.getSources());
      writeStrings(g, "notes", v.getNotes());
      writeTrue(g, "inferred", v.isInferred());
    }
  }

  static final DocumentCodec DOCUMENT = new DocumentCodec();

  static final class DocumentCodec extends ObjectCodec<Document, ImmutableDocument.Builder> {
    private DocumentCodec() {
      super(Document.class, List.of(
          required("schemaVersion", JsonKind.STRING),
          optional("title", JsonKind.STRING),
          optional("asOf", JsonKind.DATE),
          list("sources"),
          list("states"),
          list("organizations"),
          list("frameworks"),
          list("processes"),
          list("people")));
    }

    @Override
    ImmutableDocument.Builder newBuilder() {
      return Document.builder();
    }

    @Override
    Document build(ImmutableDocument.Builder b) {
      return b.build();
    }

    @Override
    void readProperty(String name, JsonParser p, ReadContext ctx, ImmutableDocument.Builder b) {
      switch (name) {
        case "schemaVersion" -> b.schemaVersion(schemaVersion(p));
        case "title" -> b.title(string(p));
        case "asOf" -> b.asOf(ctx.date(p));
        case "sources" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(SOURCE.read(p, ctx));
          }
        }
        case "states" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addStates(STATE.read(p, ctx));
          }
        }
        case "organizations" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addOrganizations(ORGANIZATION.read(p, ctx));
          }
        }
        case "frameworks" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFrameworks(FRAMEWORK.read(p, ctx));
          }
        }
        case "processes" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addProcesses(PROCESS.read(p, ctx));
          }
        }
        case "people" -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addPeople(PERSON.read(p, ctx));
          }
        }
        default -> throw noCase(name);
      }
    }

    @Override
    void writeProperties(Document v, JsonGenerator g) {
      writeString(g, "schemaVersion", v.getSchemaVersion());
      writeOptionalString(g, "title", v.getTitle());
      writeOptionalDate(g, "asOf", v.getAsOf());
      SOURCE.writeObjects(g, "sources", v.getSources());
      STATE.writeObjects(g, "states", v.getStates());
      ORGANIZATION.writeObjects(g, "organizations", v.getOrganizations());
      FRAMEWORK.writeObjects(g, "frameworks", v.getFrameworks());
      PROCESS.writeObjects(g, "processes", v.getProcesses());
      PERSON.writeObjects(g, "people", v.getPeople());
    }
  }
  /** The format versions this library reads: any {@code 1.x}. */
  private static final java.util.regex.Pattern SUPPORTED_VERSION = java.util.regex.Pattern.compile("1\\.[0-9]+");

  private static String schemaVersion(JsonParser p) {
    String version = string(p);
    if (!SUPPORTED_VERSION.matcher(version).matches()) {
      throw InputProblem.at(p, Codes.FIELD_INVALID, "Unsupported schemaVersion '" + version
          + "'; this library reads format 1.x (it writes " + Document.CURRENT_SCHEMA_VERSION + ")");
    }
    return version;
  }

  /** Every codec, in dependency order. */
  static final List<ObjectCodec<?, ?>> ALL = List.of(PARTICIPANT, FORMER_NAME, OTHER_NAME, SOURCE, STATE, FIGURE, ORGANIZATION, FRAMEWORK, CLASSIFICATION, STATEMENT, MEMBERSHIP_RULE, CHAIRING_RULE, PARTICIPATION, COUNT, GROUP, COMPLETE_LIST, SECRETARIAT, BODY_MEMBER, BODY, CHAIRMANSHIP, MEETING, DECLARATION, PROCESS, POST, PERSON, DOCUMENT);
}

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
import static org.rcpmodel.json.Values.bool;
import static org.rcpmodel.json.Values.decimal;
import static org.rcpmodel.json.Values.enumValue;
import static org.rcpmodel.json.Values.integer;
import static org.rcpmodel.json.Values.string;
import static org.rcpmodel.json.Values.nextElement;
import static org.rcpmodel.json.Values.startArray;

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
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The document format, one codec per model type. The order of each table is the write order; see
 * docs/FORMAT.md. In each codec, the cases of {@code readProperty} and the lines of
 * {@code writeProperties} follow the table. Lists are read straight into the builder, element by
 * element. Every codec here is immutable and thread-safe.
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableParticipant.Builder b) {
      switch (property) {
        case 0 -> b.state(ctx.name(p));
        case 1 -> b.organization(ctx.name(p));
        default -> throw new IllegalArgumentException("no property " + property);
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableFormerName.Builder b) {
      switch (property) {
        case 0 -> b.name(string(p));
        case 1 -> b.period(ctx.period(p));
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(FormerName v, JsonGenerator g) {
      writeString(g, "name", v.getName());
      writePeriod(g, "period", v.getPeriod());
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
          optional("published", JsonKind.DATE)));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableSource.Builder b) {
      switch (property) {
        case 0 -> b.id(ctx.name(p));
        case 1 -> b.publisher(string(p));
        case 2 -> b.title(string(p));
        case 3 -> b.url(string(p));
        case 4 -> b.published(ctx.date(p));
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(Source v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeOptionalString(g, "publisher", v.getPublisher());
      writeString(g, "title", v.getTitle());
      writeOptionalString(g, "url", v.getUrl());
      writeOptionalDate(g, "published", v.getPublished());
    }
  }

  static final StateCodec STATE = new StateCodec();

  static final class StateCodec extends ObjectCodec<State, ImmutableState.Builder> {
    private StateCodec() {
      super(State.class, List.of(
          required("code", JsonKind.STRING),
          required("name", JsonKind.STRING),
          list("formerNames"),
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableState.Builder b) {
      switch (property) {
        case 0 -> b.code(ctx.name(p));
        case 1 -> b.name(string(p));
        case 2 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFormerNames(FORMER_NAME.read(p, ctx));
          }
        }
        case 3 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(State v, JsonGenerator g) {
      writeString(g, "code", v.getCode());
      writeString(g, "name", v.getName());
      FORMER_NAME.writeObjects(g, "formerNames", v.getFormerNames());
      writeStrings(g, "sources", v.getSources());
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
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableMigrationFigure.Builder b) {
      switch (property) {
        case 0 -> b.metric(string(p));
        case 1 -> b.value(decimal(p));
        case 2 -> b.approximation(enumValue(p, Approximation.class));
        case 3 -> b.scope(enumValue(p, FigureScope.class));
        case 4 -> b.referenceDate(ctx.date(p));
        case 5 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
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
    }
  }

  static final OrganizationCodec ORGANIZATION = new OrganizationCodec();

  static final class OrganizationCodec extends ObjectCodec<Organization, ImmutableOrganization.Builder> {
    private OrganizationCodec() {
      super(Organization.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          optional("acronym", JsonKind.STRING),
          optional("kind", JsonKind.ENUM),
          optional("founded", JsonKind.DATE),
          optional("parent", JsonKind.STRING),
          list("formerNames"),
          list("figures"),
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableOrganization.Builder b) {
      switch (property) {
        case 0 -> b.id(ctx.name(p));
        case 1 -> b.name(string(p));
        case 2 -> b.acronym(string(p));
        case 3 -> b.kind(enumValue(p, OrganizationKind.class));
        case 4 -> b.founded(ctx.date(p));
        case 5 -> b.parent(ctx.name(p));
        case 6 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFormerNames(FORMER_NAME.read(p, ctx));
          }
        }
        case 7 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFigures(FIGURE.read(p, ctx));
          }
        }
        case 8 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(Organization v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      writeOptionalString(g, "acronym", v.getAcronym());
      writeOptionalEnum(g, "kind", v.getKind());
      writeOptionalDate(g, "founded", v.getFounded());
      writeOptionalString(g, "parent", v.getParent());
      FORMER_NAME.writeObjects(g, "formerNames", v.getFormerNames());
      FIGURE.writeObjects(g, "figures", v.getFigures());
      writeStrings(g, "sources", v.getSources());
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
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableFramework.Builder b) {
      switch (property) {
        case 0 -> b.id(ctx.name(p));
        case 1 -> b.name(string(p));
        case 2 -> b.acronym(string(p));
        case 3 -> b.adopted(ctx.date(p));
        case 4 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(Framework v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      writeOptionalString(g, "acronym", v.getAcronym());
      writeOptionalDate(g, "adopted", v.getAdopted());
      writeStrings(g, "sources", v.getSources());
    }
  }

  static final ClassificationCodec CLASSIFICATION = new ClassificationCodec();

  static final class ClassificationCodec extends ObjectCodec<Classification, ImmutableClassification.Builder> {
    private ClassificationCodec() {
      super(Classification.class, List.of(
          required("kind", JsonKind.ENUM),
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableClassification.Builder b) {
      switch (property) {
        case 0 -> b.kind(enumValue(p, ProcessKind.class));
        case 1 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(Classification v, JsonGenerator g) {
      writeEnum(g, "kind", v.getKind());
      writeStrings(g, "sources", v.getSources());
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableMembershipRule.Builder b) {
      switch (property) {
        case 0 -> b.organizationsAdmitted(bool(p));
        default -> throw new IllegalArgumentException("no property " + property);
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
          optional("standingCoChair", JsonKind.BOOLEAN)));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableChairingRule.Builder b) {
      switch (property) {
        case 0 -> b.termMonths(integer(p));
        case 1 -> b.maxConcurrentChairs(integer(p));
        case 2 -> b.standingCoChair(bool(p));
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(ChairingRule v, JsonGenerator g) {
      writeOptionalInt(g, "termMonths", v.getTermMonths());
      writeInt(g, "maxConcurrentChairs", v.getMaxConcurrentChairs());
      writeBoolean(g, "standingCoChair", v.isStandingCoChair());
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
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableParticipation.Builder b) {
      switch (property) {
        case 0 -> b.participant(PARTICIPANT.read(p, ctx));
        case 1 -> b.role(enumValue(p, Role.class));
        case 2 -> b.period(ctx.period(p));
        case 3 -> b.asOf(ctx.date(p));
        case 4 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(Participation v, JsonGenerator g) {
      PARTICIPANT.writeObject(g, "participant", v.getParticipant());
      writeEnum(g, "role", v.getRole());
      writeOptionalPeriod(g, "period", v.getPeriod());
      writeOptionalDate(g, "asOf", v.getAsOf());
      writeStrings(g, "sources", v.getSources());
    }
  }

  static final ChairmanshipCodec CHAIRMANSHIP = new ChairmanshipCodec();

  static final class ChairmanshipCodec extends ObjectCodec<Chairmanship, ImmutableChairmanship.Builder> {
    private ChairmanshipCodec() {
      super(Chairmanship.class, List.of(
          list("chairs"),
          required("period", JsonKind.PERIOD),
          optional("status", JsonKind.ENUM),
          optional("coChair", JsonKind.OBJECT),
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableChairmanship.Builder b) {
      switch (property) {
        case 0 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addChairs(PARTICIPANT.read(p, ctx));
          }
        }
        case 1 -> b.period(ctx.period(p));
        case 2 -> b.status(enumValue(p, ChairStatus.class));
        case 3 -> b.coChair(PARTICIPANT.read(p, ctx));
        case 4 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(Chairmanship v, JsonGenerator g) {
      PARTICIPANT.writeObjects(g, "chairs", v.getChairs());
      writePeriod(g, "period", v.getPeriod());
      writeOptionalEnum(g, "status", v.getStatus());
      PARTICIPANT.writeOptionalObject(g, "coChair", v.getCoChair());
      writeStrings(g, "sources", v.getSources());
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
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableMeeting.Builder b) {
      switch (property) {
        case 0 -> b.id(ctx.name(p));
        case 1 -> b.name(string(p));
        case 2 -> b.level(enumValue(p, MeetingLevel.class));
        case 3 -> b.ordinal(integer(p));
        case 4 -> b.host(ctx.name(p));
        case 5 -> b.city(string(p));
        case 6 -> b.period(ctx.period(p));
        case 7 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
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
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableDeclaration.Builder b) {
      switch (property) {
        case 0 -> b.id(string(p));
        case 1 -> b.title(string(p));
        case 2 -> b.adopted(ctx.date(p));
        case 3 -> b.meeting(ctx.name(p));
        case 4 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addAdopters(PARTICIPANT.read(p, ctx));
          }
        }
        case 5 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addThemes(string(p));
          }
        }
        case 6 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFrameworks(ctx.name(p));
          }
        }
        case 7 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
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
    }
  }

  static final ProcessCodec PROCESS = new ProcessCodec();

  static final class ProcessCodec extends ObjectCodec<ConsultativeProcess, ImmutableConsultativeProcess.Builder> {
    private ProcessCodec() {
      super(ConsultativeProcess.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          optional("acronym", JsonKind.STRING),
          required("kind", JsonKind.ENUM),
          list("classifications"),
          optional("established", JsonKind.DATE),
          optional("region", JsonKind.STRING),
          optional("purpose", JsonKind.STRING),
          optional("membershipRule", JsonKind.OBJECT),
          optional("chairingRule", JsonKind.OBJECT),
          list("participations"),
          list("chairs"),
          list("meetings"),
          list("declarations"),
          list("figures"),
          list("frameworks"),
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableConsultativeProcess.Builder b) {
      switch (property) {
        case 0 -> b.id(string(p));
        case 1 -> b.name(string(p));
        case 2 -> b.acronym(string(p));
        case 3 -> b.kind(enumValue(p, ProcessKind.class));
        case 4 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addClassifications(CLASSIFICATION.read(p, ctx));
          }
        }
        case 5 -> b.established(ctx.date(p));
        case 6 -> b.region(string(p));
        case 7 -> b.purpose(string(p));
        case 8 -> b.membershipRule(MEMBERSHIP_RULE.read(p, ctx));
        case 9 -> b.chairingRule(CHAIRING_RULE.read(p, ctx));
        case 10 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addParticipations(PARTICIPATION.read(p, ctx));
          }
        }
        case 11 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addChairs(CHAIRMANSHIP.read(p, ctx));
          }
        }
        case 12 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addMeetings(MEETING.read(p, ctx));
          }
        }
        case 13 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addDeclarations(DECLARATION.read(p, ctx));
          }
        }
        case 14 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFigures(FIGURE.read(p, ctx));
          }
        }
        case 15 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFrameworks(ctx.name(p));
          }
        }
        case 16 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(ConsultativeProcess v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      writeOptionalString(g, "acronym", v.getAcronym());
      writeEnum(g, "kind", v.getKind());
      CLASSIFICATION.writeObjects(g, "classifications", v.getClassifications());
      writeOptionalDate(g, "established", v.getEstablished());
      writeOptionalString(g, "region", v.getRegion());
      writeOptionalString(g, "purpose", v.getPurpose());
      MEMBERSHIP_RULE.writeObject(g, "membershipRule", v.getMembershipRule());
      CHAIRING_RULE.writeObject(g, "chairingRule", v.getChairingRule());
      PARTICIPATION.writeObjects(g, "participations", v.getParticipations());
      CHAIRMANSHIP.writeObjects(g, "chairs", v.getChairs());
      MEETING.writeObjects(g, "meetings", v.getMeetings());
      DECLARATION.writeObjects(g, "declarations", v.getDeclarations());
      FIGURE.writeObjects(g, "figures", v.getFigures());
      writeStrings(g, "frameworks", v.getFrameworks());
      writeStrings(g, "sources", v.getSources());
    }
  }

  static final PostCodec POST = new PostCodec();

  static final class PostCodec extends ObjectCodec<Post, ImmutablePost.Builder> {
    private PostCodec() {
      super(Post.class, List.of(
          required("title", JsonKind.STRING),
          optional("organization", JsonKind.STRING),
          optional("state", JsonKind.STRING),
          optional("period", JsonKind.PERIOD),
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutablePost.Builder b) {
      switch (property) {
        case 0 -> b.title(string(p));
        case 1 -> b.organization(ctx.name(p));
        case 2 -> b.state(ctx.name(p));
        case 3 -> b.period(ctx.period(p));
        case 4 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(Post v, JsonGenerator g) {
      writeString(g, "title", v.getTitle());
      writeOptionalString(g, "organization", v.getOrganization());
      writeOptionalString(g, "state", v.getState());
      writeOptionalPeriod(g, "period", v.getPeriod());
      writeStrings(g, "sources", v.getSources());
    }
  }

  static final PersonCodec PERSON = new PersonCodec();

  static final class PersonCodec extends ObjectCodec<Person, ImmutablePerson.Builder> {
    private PersonCodec() {
      super(Person.class, List.of(
          required("id", JsonKind.STRING),
          required("name", JsonKind.STRING),
          list("posts"),
          list("sources")));
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutablePerson.Builder b) {
      switch (property) {
        case 0 -> b.id(string(p));
        case 1 -> b.name(string(p));
        case 2 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addPosts(POST.read(p, ctx));
          }
        }
        case 3 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(ctx.name(p));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
      }
    }

    @Override
    void writeProperties(Person v, JsonGenerator g) {
      writeString(g, "id", v.getId());
      writeString(g, "name", v.getName());
      POST.writeObjects(g, "posts", v.getPosts());
      writeStrings(g, "sources", v.getSources());
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
    void readProperty(int property, JsonParser p, ReadContext ctx, ImmutableDocument.Builder b) {
      switch (property) {
        case 0 -> b.schemaVersion(schemaVersion(p));
        case 1 -> b.title(string(p));
        case 2 -> b.asOf(ctx.date(p));
        case 3 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addSources(SOURCE.read(p, ctx));
          }
        }
        case 4 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addStates(STATE.read(p, ctx));
          }
        }
        case 5 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addOrganizations(ORGANIZATION.read(p, ctx));
          }
        }
        case 6 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addFrameworks(FRAMEWORK.read(p, ctx));
          }
        }
        case 7 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addProcesses(PROCESS.read(p, ctx));
          }
        }
        case 8 -> {
          startArray(p);
          for (int n = 0; nextElement(p, ctx, n); n++) {
            b.addPeople(PERSON.read(p, ctx));
          }
        }
        default -> throw new IllegalArgumentException("no property " + property);
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
  static final List<ObjectCodec<?, ?>> ALL = List.of(PARTICIPANT, FORMER_NAME, SOURCE, STATE, FIGURE, ORGANIZATION, FRAMEWORK, CLASSIFICATION, MEMBERSHIP_RULE, CHAIRING_RULE, PARTICIPATION, CHAIRMANSHIP, MEETING, DECLARATION, PROCESS, POST, PERSON, DOCUMENT);
}

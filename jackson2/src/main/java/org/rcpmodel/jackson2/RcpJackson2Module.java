package org.rcpmodel.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.rcpmodel.ChairingRule;
import org.rcpmodel.Chairmanship;
import org.rcpmodel.Classification;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Declaration;
import org.rcpmodel.Document;
import org.rcpmodel.FormerName;
import org.rcpmodel.Framework;
import org.rcpmodel.ImmutableDocument;
import org.rcpmodel.Meeting;
import org.rcpmodel.MembershipRule;
import org.rcpmodel.MigrationFigure;
import org.rcpmodel.Organization;
import org.rcpmodel.Participant;
import org.rcpmodel.Participation;
import org.rcpmodel.Person;
import org.rcpmodel.Post;
import org.rcpmodel.Source;
import org.rcpmodel.State;
import org.rcpmodel.json.Codes;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpModule;
import org.rcpmodel.time.InvalidDateException;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;

/**
 * The Jackson 2 module for the rcp-model document format (docs/FORMAT.md), for services whose mapper
 * is Jackson 2 (Spring Boot 3). It keeps one format with one implementation: a {@link Document} is
 * written as exactly the bytes rcp-json's {@link RcpJson} writes, and read by handing its text to
 * {@link RcpJson}, so a bad document fails with the same code, JSON Pointer, line and column, as an
 * {@link RcpJsonMappingException}.
 *
 * <ul>
 *   <li>Reading is strict when the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} is on (Jackson 2's
 *       default) and lenient (unknown properties skipped, as the mapper asks) when it is off (Spring
 *       Boot's default). rcp-json's reading limits apply on top of the mapper's own.
 *   <li>{@link PartialDate} and {@link Period} are written as their ISO 8601 / EDTF text and read from
 *       it.
 *   <li>The other model types (a {@link ConsultativeProcess}, a {@link State}, ...) are parts of a
 *       document with no reader or writer of their own in rcp-json; rather than let the mapper write
 *       them in another shape, the module fails on them, naming the way out: put them in a
 *       {@code Document}, or use a Jackson 3 mapper with {@link RcpModule}, which binds each part.
 * </ul>
 *
 * <p>It is listed in {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} picks it up; Spring Boot 3, which does not
 * look modules up that way, registers it when it is declared as a bean. It changes no feature of the
 * mapper. Built and tested on Jackson 2.21, and tested on the Jackson 2.19 of Spring Boot 3.5.
 *
 * <p>Instances are immutable and thread-safe; all instances are equivalent.
 */
public final class RcpJackson2Module extends Module {

  /** The model types that a Jackson 2 mapper can only read and write inside a document. */
  private static final List<Class<?>> PARTS = List.of(Participant.class, FormerName.class, Source.class,
      State.class, MigrationFigure.class, Organization.class, Framework.class, Classification.class,
      MembershipRule.class, ChairingRule.class, Participation.class, Chairmanship.class, Meeting.class,
      Declaration.class, ConsultativeProcess.class, Post.class, Person.class);

  /** Creates the module. */
  public RcpJackson2Module() {}

  /**
   * The module's name, {@code rcp-jackson2}.
   *
   * @return the name, never null
   */
  @Override
  public String getModuleName() {
    return "rcp-jackson2";
  }

  /**
   * The version of this library (the same as rcp-json's), as {@code org.rcpmodel:rcp-jackson2}.
   *
   * @return the version, never null
   */
  @Override
  public Version version() {
    tools.jackson.core.Version v = new RcpModule().version();
    return new Version(v.getMajorVersion(), v.getMinorVersion(), v.getPatchLevel(),
        v.isSnapshot() ? "SNAPSHOT" : null, "org.rcpmodel", "rcp-jackson2");
  }

  /**
   * Registers the serializers and deserializers.
   *
   * @param context the mapper's setup context; not null
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    serializers.addSerializer(Document.class, new DocumentSerializer());
    DocumentDeserializer documents = new DocumentDeserializer();
    deserializers.addDeserializer(Document.class, documents);
    deserializers.addDeserializer(ImmutableDocument.class, narrow(documents));
    serializers.addSerializer(PartialDate.class, new TextSerializer<>(PartialDate.class));
    serializers.addSerializer(Period.class, new TextSerializer<>(Period.class));
    deserializers.addDeserializer(PartialDate.class, new TextDeserializer<>(PartialDate.class, PartialDate::parse));
    deserializers.addDeserializer(Period.class, new TextDeserializer<>(Period.class, Period::parse));
    for (Class<?> part : PARTS) {
      addPart(part, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  /** The generated class's binding: every document rcp-json reads is an {@code ImmutableDocument}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static JsonDeserializer<ImmutableDocument> narrow(DocumentDeserializer documents) {
    return (JsonDeserializer) documents;
  }

  private static <T> void addPart(Class<T> part, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(part, new PartSerializer<>(part));
    deserializers.addDeserializer(part, new PartDeserializer<>(part));
    try {
      @SuppressWarnings("unchecked")
      Class<T> generated = (Class<T>) Class.forName(part.getPackageName() + ".Immutable" + part.getSimpleName(),
          false, part.getClassLoader());
      deserializers.addDeserializer(generated, new PartDeserializer<>(generated));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("rcp-core is incomplete: no Immutable" + part.getSimpleName(), e);
    }
  }

  /** Why a part of a document cannot go through a Jackson 2 mapper alone, and what to do instead. */
  static String partMessage(Class<?> part) {
    String name = part.getSimpleName().startsWith("Immutable") ? part.getSimpleName().substring(9)
        : part.getSimpleName();
    return "rcp-jackson2 reads and writes whole documents (org.rcpmodel.Document), not a " + name
        + " alone: put it in a Document, or use a Jackson 3 mapper with org.rcpmodel.json.RcpModule,"
        + " which reads and writes each part of the format";
  }

  /** Fails on a part of a document rather than write it in another shape. */
  private static final class PartSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    PartSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      provider.reportMappingProblem(partMessage(handledType()));
    }
  }

  /** Fails on a part of a document, naming the way out. */
  private static final class PartDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    PartDeserializer(Class<T> type) {
      super(type);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return ctxt.reportInputMismatch(this, "%s", partMessage(handledType()));
    }
  }

  /** Writes a value as its {@code toString()} text, which its {@code parse} reads back. */
  private static final class TextSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    TextSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(value.toString());
    }
  }

  /** The text form's parser, as core defines it. */
  @FunctionalInterface
  private interface Parse<T> {
    T parse(String text);
  }

  /** Reads a value from its text; text that is not one fails with code {@code date.invalid}. */
  private static final class TextDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Parse<T> parse;

    TextDeserializer(Class<T> type, Parse<T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      try {
        return parse.parse(p.getText());
      } catch (InvalidDateException e) {
        var at = p.currentTokenLocation();
        throw new RcpJsonMappingException(p, Codes.DATE_INVALID, p.getParsingContext().pathAsPointer().toString(),
            Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), e.getMessage(), e);
      }
    }
  }
}

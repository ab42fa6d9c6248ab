package org.rcpmodel.json;

import java.util.HashMap;
import java.util.Map;
import org.rcpmodel.time.PartialDate;
import org.rcpmodel.time.Period;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * The Jackson 3 module for the rcp-model document format (docs/FORMAT.md): serializers and
 * deserializers for {@link org.rcpmodel.Document} and every model type it contains, and for
 * {@link PartialDate} and {@link Period} as ISO 8601 / EDTF strings.
 *
 * <p>The module only registers serializers and deserializers; it changes no feature of the mapper it
 * is added to. It is listed in {@code META-INF/services/tools.jackson.databind.JacksonModule}, so
 * {@code JsonMapper.builder().findAndAddModules().build()} finds it. The deserializers honour the
 * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES} (Jackson 3 leaves it off) and its problem handlers;
 * duplicate properties and null values always fail. Format problems surface as
 * {@link tools.jackson.databind.DatabindException}s naming the JSON Pointer; use {@link RcpJson} for the
 * library's typed {@link RcpJsonException} and explicit reading limits.
 *
 * <p>Instances are immutable and thread-safe; all instances are equivalent.
 */
public final class RcpModule extends JacksonModule {

  /** Creates the module. */
  public RcpModule() {}

  /**
   * The module's name, {@code rcp-json}.
   *
   * @return the name, never null
   */
  @Override
  public String getModuleName() {
    return "rcp-json";
  }

  /**
   * The version of this library.
   *
   * @return the version, never null
   */
  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  /**
   * Registers the serializers and deserializers.
   *
   * @param context the mapper's setup context; not null
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    Map<Class<?>, ValueDeserializer<?>> deserializers = new HashMap<>();
    for (ObjectCodec<?, ?> codec : Codecs.ALL) {
      register(codec, serializers, deserializers);
    }
    serializers.addSerializer(PartialDate.class, new TextSerializer<>(PartialDate.class));
    serializers.addSerializer(Period.class, new TextSerializer<>(Period.class));
    deserializers.put(PartialDate.class, new TextDeserializer<>(Values::date));
    deserializers.put(Period.class, new TextDeserializer<>(Values::period));
    context.addSerializers(serializers);
    context.addDeserializers(new SimpleDeserializers(deserializers));
  }

  private static <T> void register(ObjectCodec<T, ?> codec, SimpleSerializers serializers,
      Map<Class<?>, ValueDeserializer<?>> deserializers) {
    serializers.addSerializer(codec.type(), new CodecSerializer<>(codec));
    ValueDeserializer<T> deserializer = new CodecDeserializer<>(codec);
    deserializers.put(codec.type(), deserializer);
    // The generated Immutable* classes are public; bind them too, for consumers that name them.
    deserializers.put(immutableClass(codec.type()), deserializer);
  }

  private static Class<?> immutableClass(Class<?> type) {
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("rcp-core is incomplete: no Immutable" + type.getSimpleName(), e);
    }
  }

  /** Writes a model value through its codec. */
  private static final class CodecSerializer<T> extends ValueSerializer<T> {
    private final ObjectCodec<T, ?> codec;

    CodecSerializer(ObjectCodec<T, ?> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      codec.write(value, g);
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }

  /**
   * Reads a model value through its codec, with the mapper's unknown-property policy and problem
   * handlers, and reports format problems as {@link DatabindException}s.
   */
  private static final class CodecDeserializer<T> extends ValueDeserializer<T> {
    private final ObjectCodec<T, ?> codec;

    CodecDeserializer(ObjectCodec<T, ?> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return codec.read(p, new MapperReadContext(ctxt));
      } catch (InputProblem e) {
        throw new FormatException(p, e);
      }
    }

    @Override
    public Class<?> handledType() {
      return codec.type();
    }
  }

  /** The consumer's mapper as the codecs' read context. */
  private record MapperReadContext(DeserializationContext ctxt) implements ReadContext {
    @Override
    public boolean rejectsUnknownProperties() {
      return ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Override
    public void skipUnknownProperty(JsonParser p, Class<?> type, String name) {
      // Lets the mapper's problem handlers see (and report) the property; skips it otherwise.
      ctxt.handleUnknownProperty(p, null, type, name);
    }

    @Override
    public int maxArrayLength() {
      // A consumer's mapper limits what it reads with its own StreamReadConstraints.
      return Integer.MAX_VALUE;
    }
  }

  /** A format problem as a consumer's mapper reports it: message with code and JSON Pointer, location. */
  private static final class FormatException extends DatabindException {
    private static final long serialVersionUID = 1L;

    FormatException(JsonParser p, InputProblem problem) {
      super(p, problem.getMessage(), problem.location(), problem);
    }
  }

  /** Reads a value from its text, with the format's typed error where the text is not one. */
  private static final class TextDeserializer<T> extends ValueDeserializer<T> {
    private final java.util.function.Function<JsonParser, T> read;

    TextDeserializer(java.util.function.Function<JsonParser, T> read) {
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return read.apply(p);
      } catch (InputProblem e) {
        throw new FormatException(p, e);
      }
    }
  }

  /** Writes a value as its {@code toString()} text, which its {@code parse} reads back. */
  private static final class TextSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;

    TextSerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
      g.writeString(value.toString());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}

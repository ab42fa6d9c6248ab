package org.rcpmodel.validation;

import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rcpmodel.time.Period;

/**
 * The field constraints of one model type, read from its Jakarta annotations: the single source of
 * the engine's {@code field.required} and {@code field.invalid} checks. For each property accessor
 * ({@code getX()} or {@code isX()}, named {@code x} as in the JSON format) it holds the constraints
 * on the value (on the accessor), those on the elements of a {@code List}, {@code Optional} or the
 * values of a {@code Map} (type-use annotations on the type argument), whether the value or its
 * elements are cascaded into ({@code @Valid}, on the accessor or the type argument), and whether it
 * is a {@link Period}, which {@code period.reversed} checks (the only rule the table applies that no
 * annotation declares: every period of the model is checked, found by its type).
 *
 * <p>Built once per type, at first use ({@link #of}), by reflection over the public accessors and
 * their annotations; an accessor becomes a method handle at its first read, and a function
 * ({@link LambdaMetafactory}) once it is read often, so a record costs no reflective lookup and a
 * small document no class spinning. A constraint the engine cannot apply fails the build loudly
 * ({@link FieldConstraint.UnsupportedConstraintException}), as does a class-level constraint other
 * than {@link DocumentRules}.
 *
 * <p>Thread-safe, and immutable but for caches: a cascade's table and an accessor's handle and
 * function are made when first needed and kept (a race only makes one twice, alike).
 */
final class FieldTable {

  private static final ClassValue<FieldTable> TABLES = new ClassValue<>() {
    @Override
    protected FieldTable computeValue(Class<?> type) {
      return new FieldTable(type);
    }
  };

  /** How a property holds its value(s). */
  enum Shape {
    /** The value itself. */
    PLAIN,
    /** An {@code Optional}: its value, if present, has the property's pointer. */
    OPTIONAL,
    /** A {@code List}: element {@code k} has the pointer {@code property/k}. */
    LIST,
    /** A {@code Map}: the value of key {@code k} has the pointer {@code property/k}. */
    MAP
  }

  /** The table of a model type (the declared type, such as {@code Meeting}, not its implementation). */
  static FieldTable of(Class<?> type) {
    return TABLES.get(type);
  }

  /** The model type. */
  final Class<?> type;
  /** Every property accessor, by name. */
  final List<Property> properties;
  /**
   * The properties whose value can produce a finding: a constraint on it or its elements, a period,
   * or a cascade into a type whose table checks something (directly or through its own cascades).
   * A property with none of these is left out when the table is built, so the walk never reads it.
   */
  final Property[] checked;

  /**
   * The types whose tables this thread is building, outermost first: a cascade back into one of them
   * (a cycle of cascades) is kept, unpruned, as the walk cannot yet know whether it checks anything.
   */
  private static final ThreadLocal<java.util.Set<Class<?>>> BUILDING =
      ThreadLocal.withInitial(java.util.HashSet::new);

  private FieldTable(Class<?> type) {
    this.type = type;
    for (Annotation annotation : constraints(type.getAnnotations())) {
      if (annotation.annotationType() != DocumentRules.class) {
        throw new FieldConstraint.UnsupportedConstraintException("The rule engine does not apply class-level @"
            + annotation.annotationType().getSimpleName() + " (on " + type.getName() + ")");
      }
    }
    Map<String, Method> accessors = new LinkedHashMap<>();
    for (Method method : type.getMethods()) {
      String name = propertyName(method);
      if (name != null) {
        // An interface's declaration (Annotated.getNotes) yields to the class's own, which carries the annotations.
        accessors.merge(name, method, (a, b) -> a.getDeclaringClass().isInterface() ? b : a);
      }
    }
    List<Property> all = new ArrayList<>();
    for (Map.Entry<String, Method> accessor : accessors.entrySet()) {
      all.add(new Property(accessor.getKey(), accessor.getValue()));
    }
    all.sort(Comparator.comparing((Property p) -> p.name));
    this.properties = List.copyOf(all);
    java.util.Set<Class<?>> building = BUILDING.get();
    building.add(type);
    try {
      List<Property> checking = new ArrayList<>();
      for (Property property : all) {
        if (property.resolveChecks(building)) {
          checking.add(property);
        }
      }
      this.checked = checking.toArray(new Property[0]);
    } finally {
      building.remove(type);
    }
  }

  /** The JSON name of a property accessor ({@code getAsOf} is {@code asOf}), or null for another method. */
  static String propertyName(Method method) {
    if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0 || method.isSynthetic()
        || method.getDeclaringClass() == Object.class) {
      return null;
    }
    String name = method.getName();
    String bare = name.startsWith("get") && name.length() > 3 ? name.substring(3)
        : name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class ? name.substring(2)
        : null;
    if (bare == null || !Character.isUpperCase(bare.charAt(0))) {
      return null;
    }
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  /** The constraint annotations among {@code annotations}, with repeated ones ({@code @Pattern.List}) unpacked. */
  static List<Annotation> constraints(Annotation[] annotations) {
    List<Annotation> out = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (FieldConstraint.isConstraint(annotation)) {
        out.add(annotation);
      } else {
        Annotation[] repeated = repeated(annotation);
        for (Annotation inner : repeated) {
          if (FieldConstraint.isConstraint(inner)) {
            out.add(inner);
          }
        }
      }
    }
    return out;
  }

  /** The annotations a container annotation of repeated annotations holds in its {@code value}; else none. */
  private static Annotation[] repeated(Annotation annotation) {
    try {
      Method value = annotation.annotationType().getMethod("value");
      if (value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotation()) {
        return (Annotation[]) value.invoke(annotation);
      }
    } catch (NoSuchMethodException e) {
      // not a container
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + annotation, e);
    }
    return new Annotation[0];
  }

  private static boolean has(Annotation[] annotations, Class<? extends Annotation> type) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType() == type) {
        return true;
      }
    }
    return false;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class; // a type variable or wildcard: nothing the model uses
  }

  /** One property accessor and what the engine checks on it. */
  static final class Property {

    /** How many reads of a property through its method handle make it worth a function of its own. */
    static final int SPIN_AFTER = 1_000;

    /** The JSON name. */
    final String name;
    final Shape shape;
    /** The declared type of the value, or of the elements of a list, optional or map. */
    final Class<?> elementType;
    /** Constraints on the value itself (on the accessor): on a list or map, on the container. */
    final FieldConstraint[] valueConstraints;
    /** Constraints on each element of a list, optional or map (on the type argument). */
    final FieldConstraint[] elementConstraints;
    /** Whether the value, or each element, is validated in turn ({@code @Valid}). */
    final boolean cascade;
    /** Whether the value, or each element, is a period ({@code period.reversed}). */
    final boolean period;
    /**
     * Whether the walk follows the cascade: it is declared and the cascaded type's table checks
     * something (set once, when the owning table is built; a cascade into a type with nothing to
     * check is dropped there).
     */
    boolean walksCascade;
    /** Whether anything is checked on the elements of a list, optional or map (element constraints, walked cascade, period). */
    boolean elementChecks;
    private final Method accessor;
    /** The accessor as a method handle, made at first use (most properties of most types are never read). */
    private MethodHandle handle;
    /** The accessor as a function, spun once the property has been read {@link #SPIN_AFTER} times. */
    private Function<Object, Object> function;
    /** How often the property was read through {@link #handle} (racy: only a threshold). */
    private int reads;
    private FieldTable cascadeTable;

    Property(String name, Method accessor) {
      this.name = name;
      String where = accessor.getDeclaringClass().getName() + "." + accessor.getName() + "()";
      Class<?> returned = accessor.getReturnType();
      this.shape = returned == Optional.class ? Shape.OPTIONAL
          : List.class.isAssignableFrom(returned) ? Shape.LIST
          : Map.class.isAssignableFrom(returned) ? Shape.MAP : Shape.PLAIN;
      AnnotatedType annotated = accessor.getAnnotatedReturnType();
      Annotation[] onAccessor = accessor.getAnnotations();
      Annotation[] onElement = new Annotation[0];
      Class<?> element = returned;
      if (shape != Shape.PLAIN) {
        if (!(annotated instanceof AnnotatedParameterizedType parameterized)) {
          throw new FieldConstraint.UnsupportedConstraintException("A raw " + returned.getSimpleName() + " on "
              + where + ": the engine needs its type argument");
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        if (shape == Shape.MAP && !constraints(arguments[0].getAnnotations()).isEmpty()) {
          throw new FieldConstraint.UnsupportedConstraintException("The rule engine does not apply constraints "
              + "on map keys (on " + where + ")");
        }
        AnnotatedType argument = arguments[shape == Shape.MAP ? 1 : 0];
        onElement = argument.getAnnotations();
        element = raw(argument.getType());
      }
      this.elementType = element;
      this.valueConstraints = constraintsOn(constraints(onAccessor), returned, where);
      this.elementConstraints = constraintsOn(constraints(onElement), element, where);
      // @Valid on the accessor of a container cascades into its elements, as in Bean Validation.
      this.cascade = has(onAccessor, Valid.class) || has(onElement, Valid.class);
      this.period = element == Period.class;
      this.accessor = accessor;
    }

    /** The accessor as a method handle taking and returning {@code Object}: cheap to make, slower to call. */
    private static MethodHandle handle(Method accessor) {
      try {
        return MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("The rule engine cannot read " + accessor, e);
      }
    }

    /**
     * The accessor as a function, spun by {@link LambdaMetafactory}: a call of it is a plain interface
     * call of a class that calls the accessor, faster than a method handle held in a field (not a
     * constant), but spinning the class costs start-up time, so only properties read often get one.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(Method accessor) {
      try {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle handle = lookup.unreflect(accessor);
        Class<?> returned = accessor.getReturnType();
        Class<?> boxed = returned == int.class ? Integer.class : returned == boolean.class ? Boolean.class
            : returned == long.class ? Long.class : returned == short.class ? Short.class
            : returned == byte.class ? Byte.class : returned == char.class ? Character.class
            : returned == double.class ? Double.class : returned == float.class ? Float.class : returned;
        CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
            MethodType.methodType(Object.class, Object.class), handle,
            MethodType.methodType(boxed, accessor.getDeclaringClass()));
        return (Function<Object, Object>) site.getTarget().invokeExact();
      } catch (Throwable e) {
        throw new IllegalStateException("The rule engine cannot read " + accessor, e);
      }
    }

    private static FieldConstraint[] constraintsOn(List<Annotation> annotations, Class<?> target, String where) {
      FieldConstraint[] out = new FieldConstraint[annotations.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = FieldConstraint.of(annotations.get(i), target, where);
      }
      return out;
    }

    /**
     * Decides {@link #walksCascade} and {@link #elementChecks}, building the cascaded type's table
     * (and so failing on its unsupported constraints) unless that type is being built on this thread.
     *
     * @return whether the property's value can produce a finding
     */
    boolean resolveChecks(java.util.Set<Class<?>> building) {
      if (cascade) {
        if (building.contains(elementType)) {
          walksCascade = true; // a cycle: its table is not finished, so keep the cascade
        } else {
          FieldTable table = FieldTable.of(elementType);
          cascadeTable = table;
          walksCascade = table.checked.length > 0;
        }
      }
      elementChecks = elementConstraints.length > 0 || walksCascade || period;
      return valueConstraints.length > 0 || elementChecks;
    }

    /** The value of this property of a record of the table's type. */
    Object get(Object record) {
      Function<Object, Object> f = function;
      if (f != null) {
        return f.apply(record);
      }
      MethodHandle h = handle;
      if (h == null) {
        h = handle(accessor);
        handle = h;
      }
      if (++reads == SPIN_AFTER) {
        function = function(accessor); // a race spins a second, equal function
      }
      try {
        return (Object) h.invokeExact(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("Cannot read " + accessor, e);
      }
    }

    /** The table of the cascaded elements. */
    FieldTable cascadeTable() {
      FieldTable table = cascadeTable;
      if (table == null) {
        table = FieldTable.of(elementType);
        cascadeTable = table;
      }
      return table;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

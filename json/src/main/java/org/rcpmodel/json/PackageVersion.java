package org.rcpmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of rcp-json, taken from the build (a resource written by Maven), in Jackson's
 * {@link Version} form. Immutable and thread-safe.
 */
public final class PackageVersion implements Versioned {

  /** The version of this library, such as {@code 0.1.0-SNAPSHOT} of {@code org.rcpmodel:rcp-json}. */
  public static final Version VERSION = load();

  /** Creates an accessor; {@link #VERSION} is the same for every instance. */
  public PackageVersion() {}

  /**
   * The version of this library.
   *
   * @return {@link #VERSION}, never null
   */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version load() {
    Properties props = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(props.getProperty("version"), props.getProperty("groupId"),
        props.getProperty("artifactId"));
  }
}

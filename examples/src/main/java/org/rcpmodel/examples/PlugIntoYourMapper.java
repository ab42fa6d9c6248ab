package org.rcpmodel.examples;

import java.io.IOException;
import java.io.InputStream;
import org.rcpmodel.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example: an application's own Jackson 3 mapper reads and writes rcp-model documents once the
 * module is found on the class path; nothing else is configured.
 *
 * <p>Run: {@code java -cp examples/target/rcp.jar org.rcpmodel.examples.PlugIntoYourMapper}
 */
public final class PlugIntoYourMapper {

  private PlugIntoYourMapper() {}

  /**
   * Reads the bundled Almaty dataset with an application mapper and writes the first process back.
   *
   * @param args ignored
   * @throws IOException if the bundled dataset cannot be read
   */
  public static void main(String[] args) throws IOException {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    try (InputStream in = PlugIntoYourMapper.class.getResourceAsStream("almaty-process.json")) {
      Document document = mapper.readValue(in, Document.class);
      System.out.println(mapper.writeValueAsString(document.getProcesses().get(0).getChairs()));
    }
  }
}

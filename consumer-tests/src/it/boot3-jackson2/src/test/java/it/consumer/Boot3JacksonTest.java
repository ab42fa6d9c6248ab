package it.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rcpmodel.Document;
import org.rcpmodel.jackson2.RcpJsonMappingException;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpJsonException;
import org.rcpmodel.json.RcpModule;

/** Spring Boot 3.5's Jackson 2 reads and writes the format through rcp-jackson2; Jackson 3 works beside it. */
class Boot3JacksonTest {

  private final Path almaty = Path.of(System.getProperty("almaty.document"));

  @Test
  void theClassPathHasBoot3sJackson2AndTheAnnotationsJackson3Needs() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.19.");
    assertThat(com.fasterxml.jackson.annotation.JsonSerializeAs.class).isNotNull();
  }

  @Test
  void boot3sJackson2MapperReadsAndWritesTheFormatThroughTheModule() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Document expected = RcpJson.strict().read(almaty).document();

    Document read = mapper.readValue(Files.readAllBytes(almaty), Document.class);
    assertThat(read).isEqualTo(expected);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(RcpJson.strict().write(expected));

    String bad = RcpJson.strict().write(expected).replace("\"kind\":\"RCP\"", "\"kind\":\"rcp\"");
    RcpJsonException reader = catchThrowableOfType(RcpJsonException.class, () -> RcpJson.strict().read(bad));
    RcpJsonMappingException mapped = catchThrowableOfType(RcpJsonMappingException.class,
        () -> mapper.readValue(bad, Document.class));
    assertThat(mapped.getCode()).isEqualTo(reader.getCode()).isEqualTo("field.invalid");
    assertThat(mapped.getPointer()).isEqualTo(reader.getPointer()).isEqualTo("/processes/0/kind");
    assertThat(mapped.getColumn()).isEqualTo(reader.getColumn());
  }

  @Test
  void aJackson3MapperWorksOnTheSameClassPath() throws Exception {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().addModule(new RcpModule()).build();
    Document read = mapper.readValue(Files.readAllBytes(almaty), Document.class);
    assertThat(mapper.writeValueAsString(read)).isEqualTo(RcpJson.strict().write(read));
  }
}

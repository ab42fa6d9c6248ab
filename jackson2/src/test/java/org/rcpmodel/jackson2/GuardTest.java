package org.rcpmodel.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rcpmodel.ConsultativeProcess;
import org.rcpmodel.Document;
import org.rcpmodel.State;
import org.rcpmodel.json.RcpJson;
import org.rcpmodel.json.RcpModule;
import tools.jackson.databind.DatabindException;

/**
 * A mapper that lacks the rcp-model module never writes a document in another shape: Jackson 2 and
 * Jackson 3 both fail, naming the module to register; with the module both write the format.
 */
class GuardTest {

  private final Document document = RcpJson.strict().read(Fixtures.VALID).document();

  @Test
  void aBareJackson2MapperFailsNamingTheModuleInsteadOfWritingTheGetters() {
    ObjectMapper bare = new ObjectMapper();
    assertThat(bare.getRegisteredModuleIds()).isEmpty();
    for (Object value : List.of(document, List.of(document), Map.of("document", document))) {
      assertThatThrownBy(() -> bare.writeValueAsString(value))
          .isInstanceOf(JsonMappingException.class)
          .hasMessageContaining("org.rcpmodel.jackson2.RcpJackson2Module")
          .hasMessageContaining("org.rcpmodel.json.RcpModule")
          .hasMessageContaining("findAndAddModules()");
    }
  }

  @Test
  void aBareJackson3MapperFailsNamingTheModuleInsteadOfWritingTheGetters() {
    tools.jackson.databind.json.JsonMapper bare = tools.jackson.databind.json.JsonMapper.builder().build();
    assertThat(bare.registeredModules()).isEmpty();
    for (Object value : List.of(document, List.of(document), Map.of("document", document))) {
      assertThatThrownBy(() -> bare.writeValueAsString(value))
          .isInstanceOf(DatabindException.class)
          .hasMessageContaining("org.rcpmodel.jackson2.RcpJackson2Module")
          .hasMessageContaining("org.rcpmodel.json.RcpModule")
          .hasMessageContaining("findAndAddModules()");
    }
  }

  @Test
  void withTheirModuleBothMappersWriteTheFormat() throws Exception {
    String expected = RcpJson.strict().write(document);
    assertThat(JsonMapper.builder().addModule(new RcpJackson2Module()).build().writeValueAsString(document))
        .isEqualTo(expected);
    assertThat(tools.jackson.databind.json.JsonMapper.builder().addModule(new RcpModule()).build()
        .writeValueAsString(document)).isEqualTo(expected);
  }

  @Test
  void aPartOfADocumentAloneFailsWithTheModuleRatherThanTakeAnotherShape() {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    ConsultativeProcess process = document.getProcesses().get(0);
    assertThatThrownBy(() -> mapper.writeValueAsString(process))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("not a ConsultativeProcess alone")
        .hasMessageContaining("org.rcpmodel.json.RcpModule");
    assertThatThrownBy(() -> mapper.readValue("{\"code\": \"KAZ\"}", State.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("not a State alone");
  }
}

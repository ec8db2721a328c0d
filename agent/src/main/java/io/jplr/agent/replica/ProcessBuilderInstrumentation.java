package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * {@code ProcessBuilder.start} (where {@code Runtime.exec} ends too): the master starts the child once; the
 * replicas get its pipes and exit value. {@code startPipeline} is refused with a clear error.
 */
final class ProcessBuilderInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.ProcessBuilder";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                replaceIf("remote", "start", "()Ljava/lang/Process;", "start", true, "this").via(Boundaries.PROCESS),
                replaceIf("active", "startPipeline", "(Ljava/util/List;)Ljava/util/List;", "startPipeline", true)
                        .via(Boundaries.PROCESS));
    }
}

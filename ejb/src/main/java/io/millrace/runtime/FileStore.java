package io.millrace.runtime;

import java.util.List;
import java.util.Optional;

/**
 * The file store of the project a step runs in, for {@code $.files} (seed
 * /workflows/data-management/file-stores/reference). Paths are relative, {@code /}-separated; a bad path or a
 * file over a limit throws with a message the step sees.
 */
public interface FileStore {

    /** A file or a directory of the store. */
    record Info(String path, boolean directory, long size, long modifiedAt, String contentType) {
    }

    /** Creates the file or replaces its content. */
    Info write(String path, byte[] content, String contentType);

    /** The file's bytes, or empty when there is no such file. */
    Optional<byte[]> read(String path);

    Optional<Info> info(String path);

    /** Whether a file was there to delete. */
    boolean delete(String path);

    /** The files and subdirectories of a directory ("" the root). */
    List<Info> dir(String directory);

    /** A signed GET URL of the file that works for 30 minutes, or empty when there is no such file. */
    Optional<String> url(String path);

    /** No file store (a run outside a project, or while validating): every call throws. */
    FileStore NONE = new FileStore() {
        @Override
        public Info write(String path, byte[] content, String contentType) {
            throw none();
        }

        @Override
        public Optional<byte[]> read(String path) {
            throw none();
        }

        @Override
        public Optional<Info> info(String path) {
            throw none();
        }

        @Override
        public boolean delete(String path) {
            throw none();
        }

        @Override
        public List<Info> dir(String directory) {
            throw none();
        }

        @Override
        public Optional<String> url(String path) {
            throw none();
        }

        private IllegalStateException none() {
            return new IllegalStateException("this run has no file store");
        }
    };
}

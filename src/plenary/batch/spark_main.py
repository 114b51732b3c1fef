"""The file to hand spark-submit (with the package on --py-files):

    spark-submit --py-files plenary.zip spark_main.py ARCHIVE --out DIR

Only an entry point: the job lives in `plenary.batch.spark`, so executors import it from the
package rather than from this script."""

from plenary.batch.spark import main

if __name__ == "__main__":
    main()

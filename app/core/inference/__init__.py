"""Running a model: Gemma prompt building, the llama.cpp engine, saved KV states, CPU threads."""

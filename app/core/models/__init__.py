"""Model files: the GGUF header, the local library, the starter model, the Hugging Face hub client, downloads, removal, the trial load."""

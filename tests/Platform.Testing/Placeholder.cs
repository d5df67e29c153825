namespace Platform.Testing;
